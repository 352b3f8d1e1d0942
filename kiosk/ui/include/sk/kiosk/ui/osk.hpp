// On-screen keyboard for kiosks without a physical one: digits and Latin letters for the
// receipt code and short fields, a digit pad for numbers and the admin PIN. Keys write
// straight into the core's buffer (field_append / field_backspace), like a real keyboard
// does through ImGui::InputText. Chinese text needs the system input method; this keyboard
// does not pretend otherwise.
#pragma once

#include <string_view>

#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

// Draws the keyboard across the available width; typing goes into `target`.
void onscreen_keyboard(ViewContext& ctx, FieldId target, OskLayout layout);
// Height the keyboard needs (screens reserve it above the footer).
float keyboard_height(const ViewContext& ctx, OskLayout layout);

// A key press, reported instead of written (the admin PIN pad emits intents, it does not
// own a buffer). Returns the pressed key: '0'..'9', '\b' for backspace, 0 for none.
char digit_pad(ViewContext& ctx, std::string_view id_prefix, bool enabled);

}  // namespace sk::kiosk::ui
