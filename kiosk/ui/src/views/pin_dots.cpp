// A PIN is shown as filled / empty circles, never as digits.
#include <algorithm>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_pin_dots(ViewContext& ctx, int digits, int max_digits) {
    const float r = ctx.m().body * 0.35f;
    const float step = r * 3.0f;
    const int shown = std::max(6, std::min(max_digits, std::max(digits, 6)));
    const float total = step * static_cast<float>(shown);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float x0 = p.x + std::max(0.0f, (ImGui::GetContentRegionAvail().x - total) * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < shown; ++i) {
        const ImVec2 c(x0 + step * (static_cast<float>(i) + 0.5f), p.y + r * 1.5f);
        if (i < digits) {
            dl->AddCircleFilled(c, r, color::kText, 24);
        } else {
            dl->AddCircle(c, r, color::kMuted, 24, 2.0f);
        }
    }
    ImGui::Dummy(ImVec2(total, r * 3.0f));
}

}  // namespace sk::kiosk::ui
