// Finger scrolling for the kiosk's scrolling areas, and keeping a rectangle in view.
// A touch screen has no wheel and a 40 px scrollbar is a poor target: a press that moves
// more than a small dead zone scrolls the area it started in and stops being a tap.
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {

void touch_scroll(ViewContext& ctx) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const ImGuiIO& io = ImGui::GetIO();
    UiState& st = ctx.state();
    if (!io.MouseDown[0]) {
        st.drag_scroll_window = 0;  // released: the next press starts afresh
        return;
    }
    if (st.drag_scroll_window != 0 && st.drag_scroll_window != w->ID) return;  // inner area
    const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
    if (st.drag_scroll_window == 0) {
        // Innermost first (its EndChild comes first): an outer area only gets the drag when
        // the inner one cannot scroll.
        if (w->ScrollMax.y <= 0.0f || !w->InnerRect.Contains(io.MouseClickedPos[0])) return;
        if (std::fabs(dy) < ctx.m().body * 0.5f) return;  // still a tap
        st.drag_scroll_window = w->ID;
        st.drag_scroll_start = w->Scroll.y + dy;  // no jump by the dead zone
    }
    // What the press started on is not pressed when the finger lifts.
    ImGui::ClearActiveID();
    ImGui::SetScrollY(std::clamp(st.drag_scroll_start - dy, 0.0f, w->ScrollMax.y));
}

void scroll_into_view(ImVec2 a, ImVec2 b, float margin) {
    const float top = ImGui::GetWindowPos().y;
    const float bottom = top + ImGui::GetWindowHeight();
    if (b.y + margin > bottom) {
        // The top of a tall rectangle wins over its bottom.
        const float by = std::min(b.y + margin - bottom, a.y - margin - top);
        ImGui::SetScrollY(ImGui::GetScrollY() + std::max(0.0f, by));
    } else if (a.y - margin < top) {
        ImGui::SetScrollY(ImGui::GetScrollY() - (top - a.y + margin));
    }
}

}  // namespace sk::kiosk::ui
