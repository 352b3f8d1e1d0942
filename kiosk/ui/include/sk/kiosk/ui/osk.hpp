// On-screen keyboards. The text keyboard (pinyin / handwriting / ABC/123) is the core's
// (view().keyboard, intents KeyPress, CandidatePick, Stroke* ...): this only draws it,
// docked at the bottom of the screen frame. The digit pads for number questions and the
// admin PIN are drawn here too; they report keys as intents and never write a buffer.
#pragma once

#include <string_view>

#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

// Draws ctx.view().keyboard across the available width (nothing when it is closed).
void onscreen_keyboard(ViewContext& ctx);
// Height the open keyboard needs (screens reserve it above the footer).
float keyboard_height(const ViewContext& ctx);

// Number questions: 0-9, '.', '-', backspace as NumberKey / NumberBackspace intents (the
// core appends to the current question's field). "-" and "." only where they make sense
// (a count takes neither); their places stay empty so 0 and the digits never move.
void numeric_keypad(ViewContext& ctx, bool negative = true, bool decimal = true);
float numeric_keypad_height(const ViewContext& ctx);

// A key press, reported instead of written (the admin PIN pad emits intents, it does not
// own a buffer). Returns the pressed key: '0'..'9', '\b' for backspace, 0 for none.
char digit_pad(ViewContext& ctx, std::string_view id_prefix, bool enabled);

// Key geometry shared by the keyboards: at least 64 px high.
float key_height(const Metrics& m);
float key_spacing(const Metrics& m);

}  // namespace sk::kiosk::ui
