// Test hook: while views draw, every big control records its id and screen rectangle, and
// every string drawn is logged. Tests click controls by id (never by hard-coded
// coordinates) and check glyph coverage of exactly what was shown. The kiosk binary passes
// no registry, which costs one null check per control.
#pragma once

#include <imgui.h>

#include <cfloat>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::kiosk::ui {

struct HitRect {
    std::string id;  // i18n key or "<key>#<index>" for repeated controls
    ImVec2 min, max;
    bool enabled = true;
    // The part of the screen the control's window showed (a control scrolled out of its
    // window's view cannot be pressed there).
    ImVec2 clip_min{0, 0}, clip_max{FLT_MAX, FLT_MAX};
    ImVec2 center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
    bool reachable() const {
        const ImVec2 c = center();
        return c.x >= clip_min.x && c.y >= clip_min.y && c.x < clip_max.x && c.y < clip_max.y;
    }
};

class HitRegistry {
  public:
    void begin_frame() {
        rects_.clear();
        texts_.clear();
    }
    void add(std::string_view id, ImVec2 min, ImVec2 max, bool enabled = true);
    void add_text(std::string_view text);

    // The last control recorded under `id` in the previous frame.
    std::optional<HitRect> find(std::string_view id) const;
    bool has(std::string_view id) const { return find(id).has_value(); }
    const std::vector<HitRect>& rects() const { return rects_; }
    // Every string drawn in the last frame (labels, texts, typed buffers excluded).
    const std::vector<std::string>& texts() const { return texts_; }

  private:
    std::vector<HitRect> rects_;
    std::vector<std::string> texts_;
};

}  // namespace sk::kiosk::ui
