// The on-screen keyboard as a shared service of the shell: its engines (and their start-up
// problems) and the mapping of keyboard intents onto Keyboard. Which field may be typed
// into is the current flow's answer (FlowController::keyboard_target).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "keyboard.hpp"
#include "sk/kiosk/app_config.hpp"

namespace sk::kiosk {

using KeyboardTargetFn = std::function<std::optional<KeyboardTarget>(FieldId)>;

// Calls cfg.make_input_engines (if any) into `kb`; problems are returned (and go to stderr).
std::vector<std::string> load_input_engines(const AppConfig& cfg, Keyboard& kb);

// Handles a keyboard intent (KeyboardOpen, KeyPress, CandidatePick ...); false for every
// other intent. `edited` is the field the keyboard is on afterwards (none when closed).
bool keyboard_intent(Keyboard& kb, const Intent& in, const KeyboardTargetFn& target, Lang lang,
                     FieldId& edited);

}  // namespace sk::kiosk
