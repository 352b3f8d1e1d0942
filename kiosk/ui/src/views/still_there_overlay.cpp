// "Still there?" with a countdown, over the dimmed screen. Any touch keeps the session;
// when the countdown ends the core wipes everything and returns to attract.
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_still_there(ViewContext& ctx) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const Metrics& m = ctx.m();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(color::kDim));
    ImGui::Begin(
        "##still_there_dim", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    const ImVec2 panel(vp->Size.x * 0.6f, vp->Size.y * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - panel.x) * 0.5f,
                                     vp->Pos.y + (vp->Size.y - panel.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(color::kBackground));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(m.pad, m.pad));
    ImGui::BeginChild("##still_there", panel, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    title(ctx, ctx.tr("idle.still_there"));
    text_wrapped(ctx, ctx.tr("idle.countdown",
                             {{"seconds", std::to_string(ctx.view().still_there_seconds)}}));
    ImGui::Dummy(ImVec2(0, m.gap));
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
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
}

}  // namespace sk::kiosk::ui
