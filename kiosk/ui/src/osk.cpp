// The UI-side pads: digits for number questions and the admin PIN pad. Both only report
// keys (NumberKey / PinDigit intents); the core writes its own buffers.
#include "sk/kiosk/ui/osk.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {

float key_height(const Metrics& m) {
    return std::max(64.0f, std::round(m.touch * 0.9f));
}

float key_spacing(const Metrics& m) {
    return std::max(4.0f, std::round(m.gap * 0.35f));
}

namespace {
constexpr int kNumericRows = 4;
constexpr int kNumericColumns = 4;
}  // namespace

float numeric_keypad_height(const ViewContext& ctx) {
    const float s = key_spacing(ctx.m());
    return static_cast<float>(kNumericRows) * (key_height(ctx.m()) + s) + s;
}

void numeric_keypad(ViewContext& ctx, bool negative, bool decimal) {
    const Metrics& m = ctx.m();
    const float s = key_spacing(m);
    const float kh = key_height(m);
    ImGui::PushID("osk");
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(s, s));
    const float avail = std::min(ImGui::GetContentRegionAvail().x, m.touch * 6.0f);
    const float w = std::max(64.0f, (avail - s * (kNumericColumns - 1)) / kNumericColumns);
    char typed = 0;
    bool backspace = false;
    for (std::string_view row : {"789", "456", "123", "-0."}) {
        for (size_t i = 0; i < row.size(); ++i) {
            const std::string k(1, row[i]);
            if ((row[i] == '-' && !negative) || (row[i] == '.' && !decimal)) {
                ImGui::Dummy(ImVec2(w, kh));
            } else if (big_button(ctx, "osk#" + k, k, w, ButtonKind::secondary, true, kh)) {
                typed = row[i];
            }
            if (i + 1 < row.size()) ImGui::SameLine();
        }
        if (row == "-0.") {
            ImGui::SameLine();
            backspace = big_button(ctx, "ui.osk_backspace", ctx.tr("ui.osk_backspace"), w,
                                   ButtonKind::secondary, true, kh);
        }
    }
    ImGui::PopStyleVar();
    if (typed != 0) ctx.emit(intent::NumberKey{typed});
    if (backspace) ctx.emit(intent::NumberBackspace{});
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
