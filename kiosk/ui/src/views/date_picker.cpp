// Date questions: year / month / day steppers instead of typing a date on a touch screen.
// Draw-only: the date shown comes from QuestionView::picker; every step is a DateStep
// intent and the core (kiosk/core/src/date_picker.cpp) keeps it in range ("today" bounds).
#include <cstdio>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_date_picker(ViewContext& ctx, const QuestionView& q) {
    const DatePickerView& p = q.picker;
    const Metrics& m = ctx.m();
    const char* keys[3] = {"ui.date_year", "ui.date_month", "ui.date_day"};
    const int values[3] = {p.year, p.month, p.day};
    const float col_w = m.touch * 3.2f;
    ImGui::BeginGroup();
    for (int c = 0; c < 3; ++c) {
        if (c > 0) ImGui::SameLine(0, m.touch * 0.5f);
        ImGui::BeginGroup();
        ImGui::PushID(c);
        text(ctx, ctx.tr(keys[c]), color::kMuted);
        if (big_button(ctx, std::string(keys[c]) + "#up", "+", col_w, ButtonKind::secondary)) {
            ctx.emit(intent::DateStep{c, 1});
        }
        ImGui::PushFont(ctx.fonts().title);
        char num[16];
        std::snprintf(num, sizeof num, c == 0 ? "%04d" : "%02d", values[c]);
        const float tw = ImGui::CalcTextSize(num).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (col_w - tw) * 0.5f);
        ImGui::TextUnformatted(num);
        ImGui::PopFont();
        if (big_button(ctx, std::string(keys[c]) + "#down", "-", col_w, ButtonKind::secondary)) {
            ctx.emit(intent::DateStep{c, -1});
        }
        ImGui::PopID();
        ImGui::EndGroup();
    }
    ImGui::EndGroup();
    // Until a step is made the answer is empty: the date shown is only a starting point.
    if (!p.chosen && big_button(ctx, "ui.date_use", ctx.tr("ui.date_use"), 0)) {
        ctx.emit(intent::DateUse{});
    }
}

}  // namespace sk::kiosk::ui
