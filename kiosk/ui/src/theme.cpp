#include "sk/kiosk/ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace sk::kiosk::ui {

Metrics metrics_for(ImVec2 display, const UiFonts& fonts) {
    Metrics m;
    m.display = display;
    m.body = fonts.body ? fonts.body->FontSize : 36.0f;
    m.touch = std::max(64.0f, std::round(m.body * 2.0f));
    m.pad = std::round(m.body * 0.66f);
    m.gap = std::round(m.body * 0.44f);
    m.header = std::round(m.touch + m.pad);
    m.footer = std::round(m.touch + m.pad * 1.5f);
    return m;
}

void apply_theme(ImGuiStyle& style, const Metrics& m) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    const auto c = [](ImU32 u) { return ImGui::ColorConvertU32ToFloat4(u); };
    ImVec4* col = style.Colors;
    col[ImGuiCol_Text] = c(color::kText);
    col[ImGuiCol_TextDisabled] = c(color::kMuted);
    col[ImGuiCol_WindowBg] = c(color::kBackground);
    col[ImGuiCol_ChildBg] = c(color::kBackground);
    col[ImGuiCol_PopupBg] = c(color::kBackground);
    col[ImGuiCol_Border] = c(color::kBorder);
    col[ImGuiCol_FrameBg] = c(IM_COL32(250, 250, 250, 255));
    col[ImGuiCol_FrameBgHovered] = c(IM_COL32(245, 248, 255, 255));
    col[ImGuiCol_FrameBgActive] = c(IM_COL32(240, 245, 255, 255));
    col[ImGuiCol_Button] = c(color::kPrimary);
    col[ImGuiCol_ButtonHovered] = c(color::kPrimaryHover);
    col[ImGuiCol_ButtonActive] = c(color::kPrimaryActive);
    col[ImGuiCol_ScrollbarBg] = c(color::kPanel);
    col[ImGuiCol_ScrollbarGrab] = c(color::kPrimary);
    col[ImGuiCol_ScrollbarGrabHovered] = c(color::kPrimaryHover);
    col[ImGuiCol_ScrollbarGrabActive] = c(color::kPrimaryActive);
    col[ImGuiCol_PlotHistogram] = c(color::kPrimary);
    col[ImGuiCol_TextSelectedBg] = c(IM_COL32(255, 220, 90, 255));
    col[ImGuiCol_NavHighlight] = c(color::kSelected);

    style.WindowPadding = ImVec2(m.pad, m.pad);
    style.FramePadding = ImVec2(m.body * 0.4f, m.body * 0.3f);
    style.ItemSpacing = ImVec2(m.gap, m.gap);
    style.ItemInnerSpacing = ImVec2(m.gap * 0.5f, m.gap * 0.5f);
    style.ScrollbarSize = std::max(40.0f, m.body * 1.2f);  // a finger must hit it
    style.GrabMinSize = m.body;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = 2;
    style.FrameRounding = m.body * 0.25f;
    style.ScrollbarRounding = m.body * 0.25f;
    style.GrabRounding = m.body * 0.25f;
    style.WindowRounding = 0;
    // Touch screens have no hover; do not fade anything that depends on it.
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
}

}  // namespace sk::kiosk::ui
