#include "sk/kiosk/ui/osk.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {

float key_height(const Metrics& m) {
    return std::max(64.0f, std::round(m.touch * 0.9f));
}

// One row of equal keys. Returns the pressed key's text (empty: none).
std::string key_row(ViewContext& ctx, std::string_view keys, float key_w, float indent) {
    std::string pressed;
    if (indent > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    const float h = key_height(ctx.m());
    for (size_t i = 0; i < keys.size(); ++i) {
        const std::string k(1, keys[i]);
        if (big_button(ctx, "osk#" + k, k, key_w, ButtonKind::secondary, true, h)) pressed = k;
        if (i + 1 < keys.size()) ImGui::SameLine();
    }
    return pressed;
}

float key_width(float avail, int per_row, float gap) {
    return std::max(64.0f,
                    (avail - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
}

int rows_of(OskLayout layout) {
    return layout == OskLayout::latin ? 5 : 4;
}

}  // namespace

float keyboard_height(const ViewContext& ctx, OskLayout layout) {
    const float spacing = std::round(ctx.m().gap * 0.5f);
    return static_cast<float>(rows_of(layout)) * (key_height(ctx.m()) + spacing) + spacing;
}

void onscreen_keyboard(ViewContext& ctx, FieldId target, OskLayout layout) {
    const Metrics& m = ctx.m();
    const float spacing = std::round(m.gap * 0.5f);
    ImGui::PushID("osk");
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    const float gap = spacing;
    const float kh = key_height(m);
    std::string typed;
    bool backspace = false;
    if (layout == OskLayout::numeric) {
        const float w =
            key_width(std::min(ImGui::GetContentRegionAvail().x, m.touch * 6.0f), 4, gap);
        for (std::string_view row : {"789", "456", "123"}) {
            if (auto k = key_row(ctx, row, w, 0); !k.empty()) typed = k;
        }
        if (auto k = key_row(ctx, "-0.", w, 0); !k.empty()) typed = k;
        ImGui::SameLine();
        backspace = big_button(ctx, "ui.osk_backspace", ctx.tr("ui.osk_backspace"), w,
                               ButtonKind::secondary, true, kh);
    } else {
        const bool code = layout == OskLayout::code;
        const bool upper = code || ctx.state().osk_shift;
        const float w = key_width(ImGui::GetContentRegionAvail().x, 10, gap);
        const char* rows[] = {"1234567890", upper ? "QWERTYUIOP" : "qwertyuiop",
                              upper ? "ASDFGHJKL" : "asdfghjkl",
                              code ? "ZXCVBNM-" : (upper ? "ZXCVBNM" : "zxcvbnm")};
        for (int r = 0; r < 4; ++r) {
            const float indent = r == 2 ? w * 0.5f : (r == 3 && !code ? w * 1.0f : 0.0f);
            if (auto k = key_row(ctx, rows[r], w, indent); !k.empty()) typed = k;
        }
        ImGui::SameLine();
        backspace = big_button(ctx, "ui.osk_backspace", ctx.tr("ui.osk_backspace"), w * 2 + gap,
                               ButtonKind::secondary, true, kh);
        if (!code) {
            if (big_button(ctx, "osk#-", "-", w, ButtonKind::secondary, true, kh)) typed = "-";
            ImGui::SameLine();
            if (toggle_button(ctx, "ui.osk_shift", ctx.tr("ui.osk_shift"), ctx.state().osk_shift,
                              w * 2 + gap, kh)) {
                ctx.state().osk_shift = !ctx.state().osk_shift;
            }
            ImGui::SameLine();
            if (big_button(ctx, "ui.osk_space", ctx.tr("ui.osk_space"), w * 4 + gap * 3,
                           ButtonKind::secondary, true, kh)) {
                typed = " ";
            }
            for (const char* k : {"@", "."}) {
                ImGui::SameLine();
                if (big_button(ctx, std::string("osk#") + k, k, w, ButtonKind::secondary, true,
                               kh)) {
                    typed = k;
                }
            }
        }
    }
    ImGui::PopStyleVar();
    if (!typed.empty()) field_append(ctx, target, typed);
    if (backspace) field_backspace(ctx, target);
    ImGui::PopID();
}

char digit_pad(ViewContext& ctx, std::string_view id_prefix, bool enabled) {
    const Metrics& m = ctx.m();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::max(m.touch * 1.6f, m.touch);
    const float pad_w = w * 3 + gap * 2;
    const float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - pad_w) * 0.5f);
    char pressed = 0;
    const std::string prefix(id_prefix);
    for (std::string_view row : {"123", "456", "789", "<0"}) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
        for (size_t i = 0; i < row.size(); ++i) {
            const char c = row[i];
            if (c == '<') {
                if (big_button(ctx, prefix + "#back", ctx.tr("ui.osk_backspace"), w,
                               ButtonKind::secondary, enabled)) {
                    pressed = '\b';
                }
            } else {
                const std::string k(1, c);
                if (big_button(ctx, prefix + "#" + k, k, w, ButtonKind::secondary, enabled)) {
                    pressed = c;
                }
            }
            if (i + 1 < row.size()) ImGui::SameLine();
        }
    }
    return pressed;
}

}  // namespace sk::kiosk::ui
