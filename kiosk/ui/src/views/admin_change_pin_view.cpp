// New PIN, then the same PIN again (the core compares and stores its Argon2id hash).
#include <string>

#include "sk/kiosk/ui/osk.hpp"
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_admin_change_pin(ViewContext& ctx) {
    const AdminView& a = ctx.view().admin;
    begin_screen(ctx, "##admin_change_pin", ctx.tr("admin.change_pin"), false);
    if (a.change_stage == 0) {
        text_wrapped(ctx,
                     ctx.tr("admin.change.enter_new", {{"min", std::to_string(a.pin_min_digits)},
                                                       {"max", std::to_string(a.pin_max_digits)}}));
    } else {
        text_wrapped(ctx, ctx.tr("admin.change.repeat_new"));
    }
    draw_pin_dots(ctx, a.pin_digits, a.pin_max_digits);
    error_text(ctx, a.message);
    const char k = digit_pad(ctx, "pin", true);
    if (k == '\b') {
        ctx.emit(intent::PinBackspace{});
    } else if (k != 0) {
        ctx.emit(intent::PinDigit{k});
    }
    end_screen(ctx, "common.back", "admin.pin.ok", intent::PinSubmit{}, a.pin_digits > 0);
}

}  // namespace sk::kiosk::ui
