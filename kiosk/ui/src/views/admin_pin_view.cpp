// PIN pad after the hidden corner gesture. While locked out the pad is disabled and the
// remaining back-off is shown; the core keeps the counter across restarts.
#include <algorithm>
#include <string>

#include "sk/kiosk/ui/osk.hpp"
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_admin_pin(ViewContext& ctx) {
    const AdminView& a = ctx.view().admin;
    begin_screen(ctx, "##admin_pin", ctx.tr("admin.pin.title"), false);
    const bool locked = a.locked_seconds > 0;
    text_wrapped(ctx, ctx.tr("admin.pin.prompt"));
    draw_pin_dots(ctx, a.pin_digits, a.pin_max_digits);
    // The message and attempts lines always take their room: a pad that jumps when "wrong
    // PIN" appears gets the next digit tapped on the wrong key.
    const float lines_top = ImGui::GetCursorPosY();
    const float reserved = 2 * ImGui::GetTextLineHeightWithSpacing();
    error_text(ctx, a.message);  // includes the lock-out countdown
    if (a.failed_attempts > 0) {
        text(ctx, ctx.tr("admin.attempts", {{"count", std::to_string(a.failed_attempts)}}),
             color::kMuted);
    }
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), lines_top + reserved));
    const char k = digit_pad(ctx, "pin", !locked);
    if (k == '\b') {
        ctx.emit(intent::PinBackspace{});
    } else if (k != 0) {
        ctx.emit(intent::PinDigit{k});
    }
    // Leaving the PIN pad is Back: it returns to attract without anything to wipe.
    end_screen(ctx, "common.back", "admin.pin.ok", intent::PinSubmit{},
               !locked && a.pin_digits > 0);
}

}  // namespace sk::kiosk::ui
