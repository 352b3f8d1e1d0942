// Automatic checks of one rendered kiosk screen (issue 11): the page background is Home's,
// every glyph drawn meets WCAG AA contrast (4.5:1) against what is behind it, no glyph is
// cut by its window or sticks out of its button, and no character lacks a glyph.
// Inputs: ImGui's draw data of the frame (where each glyph is, in which colour, under which
// clip rectangle) and the frame rendered a second time with every glyph transparent (what
// is behind the text), both read back from the real GL framebuffer.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sk/kiosk/ui/hit_registry.hpp"

namespace sk::kiosk::tour {

// RGB, rows top-down.
struct Image {
    int w = 0, h = 0;
    std::vector<uint8_t> px;
    uint32_t at(int x, int y) const;  // 0xRRGGBB
};

struct Glyph {
    ImVec2 min, max;          // the quad as drawn (before clipping)
    ImVec2 vis_min, vis_max;  // the part inside its clip rectangle
    ImU32 col;                // vertex colour (ImGui ABGR)
    std::string window;       // the draw list's owner window name
};

// Every glyph quad of the frame (textured quads that are not the white pixel or the
// anti-aliased line texture).
std::vector<Glyph> glyphs_of(const ImDrawData* dd, const ImFontAtlas* atlas);

// Sets every glyph vertex's alpha to 0 (for the "what is behind the text" pass).
void hide_glyphs(ImDrawData* dd, const ImFontAtlas* atlas);

double relative_luminance(uint32_t rgb);
double contrast_ratio(uint32_t a, uint32_t b);

// The most frequent colour of the image (the page background).
uint32_t dominant_color(const Image& img);

struct ShotReport {
    std::vector<std::string> problems;  // one line each
    int glyphs_checked = 0;
    double min_contrast = 1e9;
};

struct ShotInput {
    const Image* frame = nullptr;   // as shown
    const Image* behind = nullptr;  // glyphs hidden
    const std::vector<Glyph>* glyphs = nullptr;
    const ui::HitRegistry* hits = nullptr;
    uint32_t home_background = 0xFFFFFF;
    bool check_background = true;                // not under a dimmed overlay
    std::string only_window_prefix;              // overlays: only the overlay's own text counts
    std::vector<std::string> scrolling_windows;  // windows whose content may be cut at the edges
    std::vector<uint32_t> missing_glyphs;        // from the fonts, for the shown strings
};

ShotReport check_shot(const ShotInput& in);

}  // namespace sk::kiosk::tour
