#include "sk/kiosk/ui/hit_registry.hpp"

#include <imgui_internal.h>

namespace sk::kiosk::ui {

void HitRegistry::add(std::string_view id, ImVec2 min, ImVec2 max, bool enabled) {
    HitRect r{std::string(id), min, max, enabled};
    if (ImGui::GetCurrentContext() && ImGui::GetCurrentWindowRead()) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        r.clip_min = dl->GetClipRectMin();
        r.clip_max = dl->GetClipRectMax();
    }
    rects_.push_back(std::move(r));
}

void HitRegistry::add_text(std::string_view text) {
    if (!text.empty()) texts_.emplace_back(text);
}

std::optional<HitRect> HitRegistry::find(std::string_view id) const {
    for (auto it = rects_.rbegin(); it != rects_.rend(); ++it) {
        if (it->id == id) return *it;
    }
    return std::nullopt;
}

}  // namespace sk::kiosk::ui
