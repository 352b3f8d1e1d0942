// "Still there?" with a countdown, over the dimmed screen. Any touch keeps the session;
// when the countdown ends the core wipes everything and returns to attract.
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_still_there(ViewContext& ctx) {
    begin_modal_panel(ctx, "##still_there_dim");
    title(ctx, ctx.tr("idle.still_there"));
    text_wrapped(ctx, ctx.tr("idle.countdown",
                             {{"seconds", std::to_string(ctx.view().still_there_seconds)}}));
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    bool handled = false;
    if (big_button(ctx, "idle.keep_going", ctx.tr("idle.keep_going"), -1)) {
        ctx.emit(intent::KeepGoing{});
        handled = true;
    }
    if (big_button(ctx, "idle.exit", ctx.tr("idle.exit"), -1, ButtonKind::danger)) {
        ctx.emit(intent::Exit{});
        handled = true;
    }
    // A touch anywhere else also means someone is there.
    if (!handled && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) ctx.emit(intent::KeepGoing{});
    end_modal_panel();
}

}  // namespace sk::kiosk::ui
