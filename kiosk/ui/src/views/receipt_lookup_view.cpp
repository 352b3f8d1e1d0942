// Type a receipt code (physical keyboard or the on-screen one), then check it against the
// latest signed status board.
#include "sk/kiosk/ui/osk.hpp"
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_receipt_lookup(ViewContext& ctx) {
    const ReceiptView& r = ctx.view().receipt;
    ctx.layout.keyboard_field = r.input;
    ctx.layout.keyboard_layout = OskLayout::code;
    begin_screen(ctx, "##receipt_lookup", ctx.tr("receipt.lookup.title"), true);
    text_wrapped(ctx, ctx.tr("receipt.lookup.prompt"), color::kMuted);
    ImGui::PushFont(ctx.fonts().title);
    text_field(ctx, r.input, FieldKind::receipt_code, "", "", "", false);
    ImGui::PopFont();
    error_text(ctx, r.error);
    end_screen(ctx, "common.back", "receipt.lookup.check", intent::Submit{});
}

}  // namespace sk::kiosk::ui
