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
struct TypingFrames {
    std::vector<double> typed;  // one keystroke: intent + frame, microseconds
    std::vector<double> still;  // the same keyboard screen redrawn with no input
};
// Opens a tip, first redraws "what happened" with the on-screen keyboard open (pinyin when
// the engine is there, else ABC) `keystrokes` times with no input, then types `keystrokes`
// keys into it: the still frames are the typing frames' baseline, so rendering the screen
// and handling a key are told apart. Leaves the kiosk on attract.
Result<TypingFrames> typing_frame_times(KioskScene& s, size_t keystrokes);

// The platform frame loop draws two frames after an input (ImGui settles a tap over two).
constexpr int kLoopFramesPerInput = 2;
struct LoopTyping {
    std::vector<double> us;  // one keystroke: intent + kLoopFramesPerInput frames
    size_t presented = 0;    // frames rasterised and swapped
};
// Types `keystrokes` keys as the frame loop draws them: each key, then two frames, the ones
// identical to the picture on screen left out when `skip_identical` (as the loop does).
Result<LoopTyping> loop_keystroke_times(KioskScene& s, size_t keystrokes, bool skip_identical);

}  // namespace sk::bench
