// The kiosk's fonts from the app's strings: finds Noto Sans CJK, builds the glyph sets
// (everything shown + common hanzi for typing) and the shared atlas.
#pragma once

#include <string>
#include <vector>

#include "sk/kiosk/platform/font_atlas.hpp"
#include "sk/kiosk/ui/theme.hpp"

namespace sk::kiosk::platform {

// The first atlas (issue 17): only what the kiosk shows. Body and title: ASCII +
// punctuation + every display string (about 1,300 glyphs instead of 8,100).
AtlasRequest display_atlas_request_for(const FontLocation& font, int screen_height,
                                       const std::vector<std::string>& display_strings);

// The full (typing) atlas. Body: ASCII + punctuation + GB2312 levels 1 and 2 + `input_characters`
// (what the on-screen keyboard's engines can offer as candidates) + every display string. Title:
// ASCII + punctuation + every display string.
AtlasRequest atlas_request_for(const FontLocation& font, int screen_height,
                               const std::vector<std::string>& display_strings,
                               const std::vector<std::string>& input_characters = {});

inline ui::UiFonts ui_fonts(const BuiltAtlas& a) {
    return ui::UiFonts{a.body, a.title, a.code};
}

// Code points of `strings` that `font` has no glyph for (sorted, unique).
std::vector<uint32_t> missing_glyphs(const ImFont* font, const std::vector<std::string>& strings);

}  // namespace sk::kiosk::platform
