// The dimmed full-screen layer with a centred white panel that the overlays share. The
// layer is a window of its own on top, so nothing underneath can be pressed.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void begin_modal_panel(ViewContext& ctx, const char* id) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const Metrics& m = ctx.m();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(color::kDim));
    ImGui::Begin(
        id, nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    const ImVec2 panel(vp->Size.x * 0.6f, vp->Size.y * 0.56f);
    ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - panel.x) * 0.5f,
                                     vp->Pos.y + (vp->Size.y - panel.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(color::kBackground));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(m.pad, m.pad));
    ImGui::BeginChild("##panel", panel, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

void end_modal_panel() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::End();
}

}  // namespace sk::kiosk::ui
