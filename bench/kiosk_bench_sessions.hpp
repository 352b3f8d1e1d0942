// Respondents for the kiosk benchmark, driven through the core's intents with one rendered
// frame per intent (KioskScene::act): survey sessions and tip sessions from attract to the
// end page, and typing on the on-screen keyboard with the time of every keystroke's frame.
#pragma once

#include <cstddef>
#include <vector>

#include "kiosk_bench_scene.hpp"
#include "sk/result.hpp"

namespace sk::bench {

// One survey response (the demo surveys in turn), attract -> thanks -> attract.
Result<void> survey_respondent(KioskScene& s, size_t i);
// One anonymous tip, attract -> receipt -> attract.
Result<void> tip_respondent(KioskScene& s, size_t i);
// Opens a tip, types `keystrokes` keys into "what happened" on the on-screen keyboard
// (pinyin when the engine is there, else ABC) and returns each keystroke's intent + frame
// time in microseconds. Leaves the kiosk on attract.
Result<std::vector<double>> typing_frame_times(KioskScene& s, size_t keystrokes);

}  // namespace sk::bench
