#include "shot_checks.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <unordered_map>

namespace sk::kiosk::tour {
namespace {

struct UvBox {
    ImVec2 white;
    ImVec2 lines_min, lines_max;
    bool is_glyph(ImVec2 uv) const {
        if (uv.x == white.x && uv.y == white.y) return false;
        return !(uv.x >= lines_min.x && uv.x <= lines_max.x && uv.y >= lines_min.y &&
                 uv.y <= lines_max.y);
    }
};

UvBox uv_box(const ImFontAtlas* atlas) {
    UvBox b;
    b.white = atlas->TexUvWhitePixel;
    b.lines_min = ImVec2(1e9f, 1e9f);
    b.lines_max = ImVec2(-1e9f, -1e9f);
    for (const ImVec4& l : atlas->TexUvLines) {
        b.lines_min =
            ImVec2(std::min({b.lines_min.x, l.x, l.z}), std::min({b.lines_min.y, l.y, l.w}));
        b.lines_max =
            ImVec2(std::max({b.lines_max.x, l.x, l.z}), std::max({b.lines_max.y, l.y, l.w}));
    }
    return b;
}

// Calls f(list, cmd, first index) for each quad (6 indices, 4 vertices) whose vertices
// are all glyph-textured. ImGui emits text as PrimRectUV quads: v0 top-left, v2 bottom-right.
template <class F>
void for_each_glyph_quad(ImDrawData* dd, const ImFontAtlas* atlas, F&& f) {
    const UvBox uv = uv_box(atlas);
    for (int l = 0; l < dd->CmdListsCount; ++l) {
        ImDrawList* dl = dd->CmdLists[l];
        for (const ImDrawCmd& cmd : dl->CmdBuffer) {
            if (cmd.UserCallback) continue;
            for (unsigned i = 0; i + 6 <= cmd.ElemCount; i += 3) {
                const ImDrawIdx* idx = dl->IdxBuffer.Data + cmd.IdxOffset + i;
                ImDrawVert* v0 = &dl->VtxBuffer[int(cmd.VtxOffset + idx[0])];
                ImDrawVert* v1 = &dl->VtxBuffer[int(cmd.VtxOffset + idx[1])];
                ImDrawVert* v2 = &dl->VtxBuffer[int(cmd.VtxOffset + idx[2])];
                if (!uv.is_glyph(v0->uv) || !uv.is_glyph(v1->uv) || !uv.is_glyph(v2->uv)) continue;
                // PrimRectUV: (0,1,2),(0,2,3) — the second triangle shares v0 and v2.
                if (idx[3] != idx[0] || idx[4] != idx[2]) continue;
                ImDrawVert* v3 = &dl->VtxBuffer[int(cmd.VtxOffset + idx[5])];
                f(dl, cmd, v0, v1, v2, v3);
                i += 3;  // the quad's second triangle
            }
        }
    }
}

struct Rgb {
    double r, g, b;
};
Rgb rgb_of(uint32_t c) {
    return {double((c >> 16) & 255), double((c >> 8) & 255), double(c & 255)};
}
uint32_t pack(Rgb c) {
    auto q = [](double v) { return uint32_t(std::clamp(std::lround(v), 0L, 255L)); };
    return (q(c.r) << 16) | (q(c.g) << 8) | q(c.b);
}

// The most frequent colour on a grid over the rectangle.
uint32_t dominant_in(const Image& img, ImVec2 a, ImVec2 b) {
    std::map<uint32_t, int> n;
    const int x0 = std::max(0, int(a.x)), y0 = std::max(0, int(a.y));
    const int x1 = std::min(img.w - 1, int(b.x)), y1 = std::min(img.h - 1, int(b.y));
    const int sx = std::max(1, (x1 - x0) / 6), sy = std::max(1, (y1 - y0) / 6);
    for (int y = y0; y <= y1; y += sy)
        for (int x = x0; x <= x1; x += sx) ++n[img.at(x, y)];
    uint32_t best = 0;
    int best_n = -1;
    for (auto& [c, k] : n)
        if (k > best_n) best = c, best_n = k;
    return best;
}

std::string hex(uint32_t c) {
    char b[8];
    std::snprintf(b, sizeof b, "#%06x", c & 0xFFFFFF);
    return b;
}

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0;
}

}  // namespace

uint32_t Image::at(int x, int y) const {
    const size_t o = (size_t(y) * size_t(w) + size_t(x)) * 3;
    return (uint32_t(px[o]) << 16) | (uint32_t(px[o + 1]) << 8) | px[o + 2];
}

std::vector<Glyph> glyphs_of(const ImDrawData* dd_const, const ImFontAtlas* atlas) {
    std::vector<Glyph> out;
    auto* dd = const_cast<ImDrawData*>(dd_const);  // read only
    for_each_glyph_quad(dd, atlas,
                        [&](ImDrawList* dl, const ImDrawCmd& cmd, ImDrawVert* v0, ImDrawVert*,
                            ImDrawVert* v2, ImDrawVert*) {
                            Glyph g;
                            g.min = v0->pos;
                            g.max = v2->pos;
                            g.vis_min = ImVec2(std::max(g.min.x, cmd.ClipRect.x),
                                               std::max(g.min.y, cmd.ClipRect.y));
                            g.vis_max = ImVec2(std::min(g.max.x, cmd.ClipRect.z),
                                               std::min(g.max.y, cmd.ClipRect.w));
                            g.col = v0->col;
                            g.window = dl->_OwnerName ? dl->_OwnerName : "";
                            out.push_back(std::move(g));
                        });
    return out;
}

void hide_glyphs(ImDrawData* dd, const ImFontAtlas* atlas) {
    for_each_glyph_quad(dd, atlas,
                        [](ImDrawList*, const ImDrawCmd&, ImDrawVert* a, ImDrawVert* b,
                           ImDrawVert* c, ImDrawVert* d) {
                            for (ImDrawVert* v : {a, b, c, d}) v->col &= ~IM_COL32_A_MASK;
                        });
}

double relative_luminance(uint32_t c) {
    const Rgb x = rgb_of(c);
    auto lin = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(x.r) + 0.7152 * lin(x.g) + 0.0722 * lin(x.b);
}

double contrast_ratio(uint32_t a, uint32_t b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

uint32_t dominant_color(const Image& img) {
    std::unordered_map<uint32_t, int> n;
    for (int y = 0; y < img.h; y += 4)
        for (int x = 0; x < img.w; x += 4) ++n[img.at(x, y)];
    uint32_t best = 0;
    int best_n = -1;
    for (auto& [c, k] : n)
        if (k > best_n || (k == best_n && c > best)) best = c, best_n = k;
    return best;
}

ShotReport check_shot(const ShotInput& in) {
    ShotReport r;
    if (in.check_background) {
        const uint32_t bg = dominant_color(*in.behind);
        if (bg != in.home_background)
            r.problems.push_back("page background " + hex(bg) + " is not Home's " +
                                 hex(in.home_background));
    }
    // One line per (window, colours) pair and per window for cut glyphs.
    std::map<std::string, std::string> contrast_problems, cut_problems, overflow_problems;
    for (const Glyph& g : *in.glyphs) {
        if ((g.col >> IM_COL32_A_SHIFT) == 0) continue;
        if (!in.only_window_prefix.empty() && !starts_with(g.window, in.only_window_prefix))
            continue;
        if (g.vis_max.x <= g.vis_min.x || g.vis_max.y <= g.vis_min.y) continue;  // clipped away
        // Cut by its window or clip rectangle (more than a pixel of slack).
        const bool cut_x = g.vis_min.x > g.min.x + 1.5f || g.vis_max.x < g.max.x - 1.5f;
        const bool cut_y = g.vis_min.y > g.min.y + 1.5f || g.vis_max.y < g.max.y - 1.5f;
        const bool scrolls = std::find(in.scrolling_windows.begin(), in.scrolling_windows.end(),
                                       g.window) != in.scrolling_windows.end();
        if (cut_x || (cut_y && !scrolls)) {
            char b[160];
            std::snprintf(b, sizeof b, "text cut off at (%.0f,%.0f) in %s", g.min.x, g.min.y,
                          g.window.c_str());
            cut_problems.emplace(g.window, b);
        }
        // Inside a control: wholly inside it (both as far as they are visible: a control
        // at the edge of a scrolled area is cut together with its label).
        struct Box {
            ImVec2 a, b;
            std::string id;
        };
        std::optional<Box> owner;
        const ImVec2 c((g.vis_min.x + g.vis_max.x) * 0.5f, (g.vis_min.y + g.vis_max.y) * 0.5f);
        for (const ui::HitRect& h : in.hits->rects()) {
            if (h.id == "error") continue;
            const Box v{ImVec2(std::max(h.min.x, h.clip_min.x), std::max(h.min.y, h.clip_min.y)),
                        ImVec2(std::min(h.max.x, h.clip_max.x), std::min(h.max.y, h.clip_max.y)),
                        h.id};
            if (c.x < v.a.x || c.y < v.a.y || c.x > v.b.x || c.y > v.b.y) continue;
            const auto area = [](const Box& x) { return (x.b.x - x.a.x) * (x.b.y - x.a.y); };
            if (!owner || area(v) < area(*owner)) owner = v;
        }
        if (owner && (g.vis_min.x < owner->a.x - 2 || g.vis_max.x > owner->b.x + 2 ||
                      g.vis_min.y < owner->a.y - 2 || g.vis_max.y > owner->b.y + 2)) {
            overflow_problems.emplace(owner->id, "text sticks out of control '" + owner->id + "'");
        }
        // Contrast against what is behind the glyph.
        const uint32_t behind = dominant_in(*in.behind, g.vis_min, g.vis_max);
        const double a = double(g.col >> IM_COL32_A_SHIFT) / 255.0;
        const Rgb tc{double((g.col >> IM_COL32_R_SHIFT) & 255),
                     double((g.col >> IM_COL32_G_SHIFT) & 255),
                     double((g.col >> IM_COL32_B_SHIFT) & 255)};
        const Rgb bc = rgb_of(behind);
        const uint32_t shown =
            pack({tc.r * a + bc.r * (1 - a), tc.g * a + bc.g * (1 - a), tc.b * a + bc.b * (1 - a)});
        const double cr = contrast_ratio(shown, behind);
        ++r.glyphs_checked;
        r.min_contrast = std::min(r.min_contrast, cr);
        if (cr < 4.5) {
            char b[200];
            std::snprintf(
                b, sizeof b, "contrast %.2f:1 < 4.5:1, text %s on %s at (%.0f,%.0f) in %s", cr,
                hex(shown).c_str(), hex(behind).c_str(), g.min.x, g.min.y, g.window.c_str());
            contrast_problems.emplace(g.window + hex(shown) + hex(behind), b);
        }
    }
    // Controls do not overlap (a button grown over the next row takes its taps). Under an
    // overlay the screen's own controls lie beneath it by design.
    if (in.only_window_prefix.empty()) {
        const auto& rs = in.hits->rects();
        const auto visible = [](const ui::HitRect& h, ImVec2& a, ImVec2& b) {
            a = ImVec2(std::max(h.min.x, h.clip_min.x), std::max(h.min.y, h.clip_min.y));
            b = ImVec2(std::min(h.max.x, h.clip_max.x), std::min(h.max.y, h.clip_max.y));
            return a.x < b.x && a.y < b.y && h.id != "attract" && h.id != "error";
        };
        for (size_t i = 0; i < rs.size(); ++i) {
            ImVec2 a1, b1;
            if (!visible(rs[i], a1, b1)) continue;
            for (size_t j = i + 1; j < rs.size(); ++j) {
                ImVec2 a2, b2;
                if (!visible(rs[j], a2, b2)) continue;
                const auto inside = [](ImVec2 a, ImVec2 b, ImVec2 ia, ImVec2 ib) {
                    return ia.x >= a.x - 1 && ia.y >= a.y - 1 && ib.x <= b.x + 1 && ib.y <= b.y + 1;
                };
                // A control inside another is an area and its parts (the keyboard, its keys).
                if (inside(a1, b1, a2, b2) || inside(a2, b2, a1, b1)) continue;
                const float ox = std::min(b1.x, b2.x) - std::max(a1.x, a2.x);
                const float oy = std::min(b1.y, b2.y) - std::max(a1.y, a2.y);
                if (ox > 2 && oy > 2)
                    overflow_problems.emplace(
                        rs[i].id + "|" + rs[j].id,
                        "controls overlap: '" + rs[i].id + "' and '" + rs[j].id + "'");
            }
        }
    }
    for (auto* m : {&contrast_problems, &cut_problems, &overflow_problems})
        for (auto& [k, v] : *m) r.problems.push_back(v);
    if (!in.missing_glyphs.empty()) {
        std::string list = "missing glyphs:";
        char b[16];
        for (uint32_t cp : in.missing_glyphs) {
            std::snprintf(b, sizeof b, " U+%04X", cp);
            list += b;
        }
        r.problems.push_back(list);
    }
    return r;
}

}  // namespace sk::kiosk::tour
