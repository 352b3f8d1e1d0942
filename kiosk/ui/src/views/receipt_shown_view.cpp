// The receipt code after a tip: large and grouped, as a QR code, "write it down - it will
// not be shown again", and an explicit "I have noted my code" before the screen clears.
// The code is read from core-owned secure memory and never recorded by the test hook.
#include <algorithm>
#include <string>

#include "sk/kiosk/ui/qr.hpp"
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_receipt_shown(ViewContext& ctx) {
    const ReceiptView& r = ctx.view().receipt;
    const Metrics& m = ctx.m();
    ctx.layout.footer = false;
    begin_screen(ctx, "##receipt_shown", ctx.tr("receipt.shown.title"), true);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float qr_side = std::min(avail_w * 0.3f, ImGui::GetContentRegionAvail().y * 0.75f);
    const ImVec2 top = ImGui::GetCursorScreenPos();

    // Left: the code and the instructions; right: the QR code.
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + avail_w - qr_side - m.gap * 2);
    text_wrapped(ctx, ctx.tr("receipt.shown.code_label"), color::kMuted);
    ImGui::PushFont(ctx.fonts().code);
    const std::string grouped(r.code_grouped);
    ImGui::TextUnformatted(grouped.c_str());
    if (ctx.hits())
        ctx.hits()->add("receipt.code", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, m.gap));
    text_wrapped(ctx, ctx.tr("receipt.shown.write_down"), color::kError);
    text_wrapped(ctx, ctx.tr("receipt.shown.qr_hint"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    const QrMatrix qr = qr_encode(r.code);
    if (qr.width > 0) {
        draw_qr(ImGui::GetWindowDrawList(), qr, ImVec2(top.x + avail_w - qr_side, top.y), qr_side);
        if (ctx.hits()) {
            ctx.hits()->add("receipt.qr", ImVec2(top.x + avail_w - qr_side, top.y),
                            ImVec2(top.x + avail_w, top.y + qr_side));
        }
    }
    ImGui::SetCursorScreenPos(
        ImVec2(top.x, std::max(ImGui::GetCursorScreenPos().y, top.y + qr_side) + m.gap));
    if (big_button(ctx, "receipt.shown.noted", ctx.tr("receipt.shown.noted"), -1)) {
        ctx.emit(intent::ConfirmCodeNoted{});
    }
    end_screen(ctx, nullptr, nullptr, intent::Next{});
}

}  // namespace sk::kiosk::ui
