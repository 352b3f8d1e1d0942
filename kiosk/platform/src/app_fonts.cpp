#include "sk/kiosk/platform/app_fonts.hpp"

#include <algorithm>

namespace sk::kiosk::platform {

AtlasRequest display_atlas_request_for(const FontLocation& font, int screen_height,
                                       const std::vector<std::string>& display_strings) {
    AtlasRequest r;
    r.font = font;
    r.sizes = font_sizes_for_height(screen_height);
    // The kiosk's renderer uploads the atlas itself, one byte a pixel (font_texture.hpp).
    r.pixels = AtlasPixels::alpha8;
    r.body_glyphs.add_basic_and_punctuation();
    r.title_glyphs.add_basic_and_punctuation();
    for (const std::string& s : display_strings) {
        r.body_glyphs.add_utf8(s);
        r.title_glyphs.add_utf8(s);
    }
    return r;
}

AtlasRequest atlas_request_for(const FontLocation& font, int screen_height,
                               const std::vector<std::string>& display_strings,
                               const std::vector<std::string>& input_characters) {
    AtlasRequest r = display_atlas_request_for(font, screen_height, display_strings);
    r.body_glyphs.add_common_hanzi();
    r.body_glyphs.add_less_common_hanzi();
    for (const std::string& c : input_characters) r.body_glyphs.add_utf8(c);
    return r;
}

std::vector<uint32_t> missing_glyphs(const ImFont* font, const std::vector<std::string>& strings) {
    std::vector<uint32_t> missing;
    for (const std::string& s : strings) {
        size_t i = 0;
        while (i < s.size()) {
            const uint32_t cp = next_code_point(s, i);
            if (cp < 0x20 || cp == '\n') continue;  // control characters are not drawn
            if (cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) {
                missing.push_back(cp);
            }
        }
    }
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    return missing;
}

}  // namespace sk::kiosk::platform
