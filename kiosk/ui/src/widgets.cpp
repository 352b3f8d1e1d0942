#include "sk/kiosk/ui/widgets.hpp"

#include <algorithm>
#include <cstring>

namespace sk::kiosk::ui {
namespace {

struct Palette {
    ImU32 fill, hover, active, text, border;
};

Palette palette_for(ButtonKind kind, bool enabled) {
    if (!enabled) {
        return {color::kDisabled, color::kDisabled, color::kDisabled, color::kMuted,
                color::kDisabled};
    }
    switch (kind) {
        case ButtonKind::secondary:
            return {color::kSecondary, color::kSecondaryHover, color::kSecondaryHover, color::kText,
                    color::kBorder};
        case ButtonKind::danger:
            return {color::kDanger, color::kDanger, color::kPrimaryActive, color::kOnPrimary,
                    color::kDanger};
        case ButtonKind::selected:
            return {color::kSelected, color::kSelected, color::kSelected, color::kText,
                    color::kBorder};
        case ButtonKind::primary:
        default:
            return {color::kPrimary, color::kPrimaryHover, color::kPrimaryActive, color::kOnPrimary,
                    color::kPrimary};
    }
}

void draw_indicator(ImDrawList* dl, Indicator ind, bool on, ImVec2 c, float r, ImU32 col) {
    const float t = std::max(2.0f, r * 0.18f);
    if (ind == Indicator::radio) {
        dl->AddCircle(c, r, col, 32, t);
        if (on) dl->AddCircleFilled(c, r * 0.55f, col, 32);
    } else if (ind == Indicator::check) {
        dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col, r * 0.2f, 0, t);
        if (on) {
            const ImVec2 pts[3] = {ImVec2(c.x - r * 0.6f, c.y),
                                   ImVec2(c.x - r * 0.15f, c.y + r * 0.5f),
                                   ImVec2(c.x + r * 0.65f, c.y - r * 0.55f)};
            dl->AddPolyline(pts, 3, col, 0, t * 1.4f);
        }
    }
}

}  // namespace

bool touch_button(ViewContext& ctx, std::string_view id, const std::string& label,
                  const ButtonOpts& o) {
    const Metrics& m = ctx.m();
    ImFont* font = o.font ? o.font : ImGui::GetFont();
    const float fs = font->FontSize;
    const float pad_x = m.body * 0.6f;
    const float ind_w = o.indicator == Indicator::none ? 0.0f : fs * 1.3f;
    const float avail = ImGui::GetContentRegionAvail().x;
    float w = o.width;
    if (w == 0) {
        const ImVec2 one_line = font->CalcTextSizeA(fs, FLT_MAX, 0, label.c_str());
        w = std::min(avail, one_line.x + 2 * pad_x + ind_w);
    } else if (w < 0) {
        w = avail;
    }
    w = std::max(w, m.touch);
    const float wrap = std::max(1.0f, w - 2 * pad_x - ind_w);
    const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, wrap, label.c_str());
    // A caller may go down to 64 px (keyboard keys), never below.
    const float min_h = o.height > 0 ? std::max(o.height, 64.0f) : m.touch;
    const float h = std::max(min_h, ts.y + m.body * 0.7f);

    const std::string imgui_id(id);
    const bool clicked = ImGui::InvisibleButton(imgui_id.c_str(), ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    if (ctx.hits()) ctx.hits()->add(id, a, b, o.enabled);
    ctx.shown(label);

    const ButtonKind kind = o.on ? ButtonKind::selected : o.kind;
    const Palette p = palette_for(kind, o.enabled);
    ImU32 fill = p.fill;
    if (o.enabled && ImGui::IsItemActive()) fill = p.active;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = m.body * 0.25f;
    dl->AddRectFilled(a, b, fill, rounding);
    const float border = (kind == ButtonKind::selected) ? 4.0f : 2.0f;
    dl->AddRect(a, b, p.border, rounding, 0, border);
    if (o.indicator != Indicator::none) {
        draw_indicator(dl, o.indicator, o.on, ImVec2(a.x + pad_x + fs * 0.4f, (a.y + b.y) * 0.5f),
                       fs * 0.4f, p.text);
    }
    const bool one_line = ts.y <= fs * 1.5f;
    const float tx = (o.align_left || !one_line || o.indicator != Indicator::none)
                         ? a.x + pad_x + ind_w
                         : a.x + (w - ts.x) * 0.5f;
    const float ty = a.y + (h - ts.y) * 0.5f;
    dl->AddText(font, fs, ImVec2(tx, ty), p.text, label.c_str(), nullptr, wrap);
    return clicked && o.enabled;
}

bool big_button(ViewContext& ctx, std::string_view id, const std::string& label, float width,
                ButtonKind kind, bool enabled, float height) {
    ButtonOpts o;
    o.width = width;
    o.height = height;
    o.kind = kind;
    o.enabled = enabled;
    return touch_button(ctx, id, label, o);
}

bool toggle_button(ViewContext& ctx, std::string_view id, const std::string& label, bool on,
                   float width, float height) {
    ButtonOpts o;
    o.width = width;
    o.height = height;
    o.kind = on ? ButtonKind::selected : ButtonKind::secondary;
    o.on = on;
    return touch_button(ctx, id, label, o);
}

void text(ViewContext& ctx, const std::string& s, ImU32 col) {
    ctx.shown(s);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopStyleColor();
}

void text_wrapped(ViewContext& ctx, const std::string& s, ImU32 col) {
    ctx.shown(s);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void title(ViewContext& ctx, const std::string& s) {
    ImGui::PushFont(ctx.fonts().title);
    text_wrapped(ctx, s);
    ImGui::PopFont();
}

void error_text(ViewContext& ctx, const std::string& s) {
    if (s.empty()) return;
    text_wrapped(ctx, s, color::kError);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (ctx.hits()) ctx.hits()->add("error", a, b);
    if (ctx.state().reveal_error) {
        // Below the fold or behind the keyboard/keypad (the body ends above them).
        scroll_into_view(a, b, ctx.m().gap);
        ctx.state().reveal_error = false;
    }
}

void progress(ViewContext& ctx, const char* key, int position, int count) {
    if (count <= 0) return;
    const Metrics& m = ctx.m();
    const std::string label =
        ctx.tr(key, {{"position", std::to_string(position)}, {"total", std::to_string(count)}});
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = std::max(m.body * 0.5f, 16.0f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float frac =
        std::clamp(static_cast<float>(position) / static_cast<float>(count), 0.0f, 1.0f);
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), color::kPanel, h * 0.5f);
    dl->AddRectFilled(a, ImVec2(a.x + w * frac, a.y + h), color::kPrimary, h * 0.5f);
    dl->AddRect(a, ImVec2(a.x + w, a.y + h), color::kBorder, h * 0.5f, 0, 2.0f);
    ImGui::Dummy(ImVec2(w, h));
    text(ctx, label, color::kMuted);
}

}  // namespace sk::kiosk::ui
