// Exit / 退出 with something entered: one question, two large answers. Keeping the
// answers is the safe default (first, primary colour); a touch elsewhere does nothing.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_confirm_exit(ViewContext& ctx) {
    begin_modal_panel(ctx, "##confirm_exit_dim");
    title(ctx, ctx.tr("exit.question"));
    text_wrapped(ctx, ctx.tr("exit.explain"));
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    const float h = ctx.m().touch * 1.25f;
    if (big_button(ctx, "exit.cancel", ctx.tr("exit.cancel"), -1, ButtonKind::primary, true, h)) {
        ctx.emit(intent::KeepGoing{});
    }
    ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
    if (big_button(ctx, "exit.confirm", ctx.tr("exit.confirm"), -1, ButtonKind::danger, true, h)) {
        ctx.emit(intent::ConfirmExit{});
    }
    end_modal_panel();
}

}  // namespace sk::kiosk::ui
