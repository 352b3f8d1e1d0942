// Builds the font atlas every ImGui context of the kiosk shares (contexts are recreated per
// respondent; the atlas is not; the kiosk builds two, staged_fonts.hpp). Three sizes of
// Noto Sans CJK SC:
//   body  - everything the UI shows plus the common hanzi people type (the big one),
//   title - headings: only the strings the UI shows,
//   code  - the receipt code: digits, Latin capitals and '-'.
// The font file is mmap'd and unmapped after the build, so its 19 MB never stay resident,
// and ImGui reads the mapping without copying it (font_atlas.cpp, DisownFontData).
#pragma once

#include <imgui.h>

#include <memory>

#include "sk/kiosk/platform/font_discovery.hpp"
#include "sk/kiosk/platform/glyph_set.hpp"
#include "sk/result.hpp"

namespace sk::kiosk::platform {

struct FontSizes {
    float body = 36;
    float title = 52;
    float code = 80;
};

// Type scales with the screen: body text is 1/22 of the height (36 px on 800 lines).
FontSizes font_sizes_for_height(int screen_height);

struct AtlasStats {
    int tex_width = 0;
    int tex_height = 0;
    int bytes_per_pixel = 4;  // of the CPU pixels the build left (see AtlasPixels)
    size_t body_glyphs = 0;
    size_t title_glyphs = 0;
    double build_ms = 0;
};

struct BuiltAtlas {
    std::unique_ptr<ImFontAtlas> atlas;
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* code = nullptr;
    AtlasStats stats;
};

// What the atlas keeps after the build: RGBA32 for ImGui's OpenGL3 backend to upload
// itself (4 bytes a pixel), or only the rasteriser's alpha-8 pixels for a FontTexture.
enum class AtlasPixels { rgba32, alpha8 };

struct AtlasRequest {
    FontLocation font;
    FontSizes sizes;
    GlyphSet body_glyphs;   // what the body font must cover
    GlyphSet title_glyphs;  // what the title font must cover
    bool freetype = true;   // FreeType builder: crisper CJK, no oversampling
    AtlasPixels pixels = AtlasPixels::rgba32;
};

// Builds and rasterises (in request.pixels' format). The zero-on-free allocator
// must already be installed (the atlas allocates through ImGui). Errc::io_error if the
// font cannot be read, Errc::internal if the build fails (e.g. texture too large).
Result<BuiltAtlas> build_font_atlas(const AtlasRequest& request);

}  // namespace sk::kiosk::platform
