// Type a receipt code (the core opens its keyboard in the code layout on this screen), then
// check it against the latest signed status board.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_receipt_lookup(ViewContext& ctx) {
    const ReceiptView& r = ctx.view().receipt;
    begin_screen(ctx, "##receipt_lookup", ctx.tr("receipt.lookup.title"), true);
    text_wrapped(ctx, ctx.tr("receipt.lookup.prompt"), color::kMuted);
    ImGui::PushFont(ctx.fonts().title);
    text_field(ctx, r.input, FieldKind::receipt_code, "", "", "", false);
    ImGui::PopFont();
    error_text(ctx, r.error);
    end_screen(ctx, "common.back", "receipt.lookup.check", intent::Submit{});
}

}  // namespace sk::kiosk::ui
