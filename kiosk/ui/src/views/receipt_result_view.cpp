#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_receipt_result(ViewContext& ctx) {
    const ReceiptView& r = ctx.view().receipt;
    begin_screen(ctx, "##receipt_result", ctx.tr("receipt.result.title"), true);
    if (r.found) {
        text_wrapped(ctx, ctx.tr("receipt.result.found", {{"date", r.board_date}}), color::kMuted);
        title(ctx, r.status);
        if (!r.reply.empty()) {
            ImGui::Dummy(ImVec2(0, ctx.m().gap));
            text(ctx, ctx.tr("receipt.result.reply"), color::kMuted);
            text_wrapped(ctx, r.reply);
        }
    } else {
        title(ctx, r.result_text);
    }
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    if (big_button(ctx, "common.done", ctx.tr("common.done"), -1)) ctx.emit(intent::Exit{});
    end_screen(ctx, "common.back", nullptr, intent::Next{});
}

}  // namespace sk::kiosk::ui
