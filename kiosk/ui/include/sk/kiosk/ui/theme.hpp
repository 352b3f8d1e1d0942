// The kiosk's look: high contrast (near-black on white, dark blue buttons with white text),
// large type scaled to the screen, touch targets of at least 64 px.
#pragma once

#include <imgui.h>

namespace sk::kiosk::ui {

struct UiFonts {
    ImFont* body = nullptr;   // also the default font of every context
    ImFont* title = nullptr;  // headings
    ImFont* code = nullptr;   // receipt code (ASCII only)
};

struct Metrics {
    float body = 36;     // body font size, px
    float touch = 72;    // minimum height of anything tappable (>= 64 px)
    float pad = 24;      // screen margin
    float gap = 16;      // space between controls
    float header = 96;   // top bar height
    float footer = 112;  // bottom bar height (back / next)
    ImVec2 display{1280, 800};
};

Metrics metrics_for(ImVec2 display, const UiFonts& fonts);
// Colours, rounding, padding, scrollbar size for touch. KioskUi applies it every frame.
void apply_theme(ImGuiStyle& style, const Metrics& m);

namespace color {
constexpr ImU32 kText = IM_COL32(10, 10, 10, 255);
constexpr ImU32 kMuted = IM_COL32(70, 70, 70, 255);
constexpr ImU32 kBackground = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kPanel = IM_COL32(235, 240, 247, 255);
constexpr ImU32 kPrimary = IM_COL32(0, 70, 150, 255);
constexpr ImU32 kPrimaryHover = IM_COL32(0, 90, 185, 255);
constexpr ImU32 kPrimaryActive = IM_COL32(0, 50, 110, 255);
constexpr ImU32 kOnPrimary = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kSecondary = IM_COL32(225, 230, 238, 255);
constexpr ImU32 kSecondaryHover = IM_COL32(205, 214, 228, 255);
constexpr ImU32 kSelected = IM_COL32(255, 200, 0, 255);  // chosen option: yellow + black
constexpr ImU32 kDanger = IM_COL32(170, 0, 0, 255);
constexpr ImU32 kError = IM_COL32(180, 0, 0, 255);
constexpr ImU32 kBorder = IM_COL32(20, 20, 20, 255);
constexpr ImU32 kDim = IM_COL32(0, 0, 0, 170);  // behind overlays
constexpr ImU32 kDisabled = IM_COL32(190, 190, 190, 255);
}  // namespace color

}  // namespace sk::kiosk::ui
