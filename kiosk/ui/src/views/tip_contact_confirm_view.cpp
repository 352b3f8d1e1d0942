// Plain warning before contact details are collected: they remove anonymity.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_tip_contact_confirm(ViewContext& ctx) {
    const TipView& t = ctx.view().tip;
    ctx.layout.footer = false;
    begin_screen(ctx, "##tip_contact_confirm", ctx.tr("tip.intro.title"), true);
    title(ctx, ctx.tr("tip.contact.confirm_title"));
    text_wrapped(ctx, t.contact_warning, color::kError);
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    if (big_button(ctx, "tip.contact.confirm_no", ctx.tr("tip.contact.confirm_no"), -1)) {
        ctx.emit(intent::CancelContact{});
    }
    if (big_button(ctx, "tip.contact.confirm_yes", ctx.tr("tip.contact.confirm_yes"), -1,
                   ButtonKind::danger)) {
        ctx.emit(intent::ConfirmContact{});
    }
    end_screen(ctx, nullptr, nullptr, intent::Next{});
}

}  // namespace sk::kiosk::ui
