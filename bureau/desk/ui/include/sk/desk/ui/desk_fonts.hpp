// The desk's fonts: Noto Sans CJK at desk sizes, baking exactly the characters the desk
// can show — its strings in both languages, GB2312 level 1, and the characters the data
// holds (names like 王喆, 李堃, 张昇 are outside GB2312). When the data on screen brings new
// characters, the atlas is rebuilt between frames (DeskContext::swap_atlas).
#pragma once

#include <string>
#include <vector>

#include "sk/kiosk/platform/font_atlas.hpp"
#include "sk/kiosk/platform/glyph_set.hpp"

namespace sk::desk::ui {

struct DeskFonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
};

class FontBaker {
  public:
    explicit FontBaker(kiosk::platform::FontLocation font, float body_px = 18, float title_px = 26,
                       bool common_hanzi = true);

    // Adds the code points of `strings`; true when any was not baked yet.
    bool add(const std::vector<std::string>& strings);
    Result<kiosk::platform::BuiltAtlas> build() const;
    size_t glyphs() const { return set_.size(); }
    int builds() const { return builds_; }

  private:
    kiosk::platform::FontLocation font_;
    // Body: the UI, GB2312 level 1 for typing, the data. Titles (headings): the UI and the
    // data only, which keeps the atlas (and its build at start-up) about half the size.
    kiosk::platform::GlyphSet set_, title_set_;
    float body_px_, title_px_;
    mutable int builds_ = 0;
};

inline DeskFonts desk_fonts(const kiosk::platform::BuiltAtlas& a) {
    return DeskFonts{a.body, a.title};
}

}  // namespace sk::desk::ui
