// Date questions: year / month / day steppers instead of typing a date on a touch screen.
// The value lives in the question's field as "YYYY-MM-DD"; every step emits SetDate and
// the core writes and validates it (bounds, "today").
#include <cstdio>
#include <ctime>
#include <string>
#include <tuple>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {
namespace {

struct Ymd {
    int y, m, d;
};

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return kDays[(m - 1) % 12];
}

bool parse(const char* s, Ymd& v) {
    return s && std::sscanf(s, "%4d-%2d-%2d", &v.y, &v.m, &v.d) == 3 && v.m >= 1 && v.m <= 12 &&
           v.d >= 1 && v.d <= 31;
}

bool before(const Ymd& a, const Ymd& b) {
    return std::tie(a.y, a.m, a.d) < std::tie(b.y, b.m, b.d);
}

// Into the question's range (the core sends it resolved: "today" is the kiosk's day).
Ymd clamp_to(const QuestionView& q, Ymd v) {
    Ymd lo{}, hi{};
    if (parse(q.date_max.c_str(), hi) && before(hi, v)) v = hi;
    if (parse(q.date_min.c_str(), lo) && before(v, lo)) v = lo;
    return v;
}

// The field's date, or today's (local calendar day, within the range) as the start.
Ymd current(ViewContext& ctx, const QuestionView& q) {
    Ymd v{0, 0, 0};
    if (parse(ctx.app().text_buffer(q.field), v)) return v;
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return clamp_to(q, Ymd{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

}  // namespace

void draw_date_picker(ViewContext& ctx, const QuestionView& q) {
    const Ymd v = current(ctx, q);
    const Metrics& m = ctx.m();
    const char* keys[3] = {"ui.date_year", "ui.date_month", "ui.date_day"};
    const int values[3] = {v.y, v.m, v.d};
    const float col_w = m.touch * 3.2f;
    int delta[3] = {0, 0, 0};
    ImGui::BeginGroup();
    for (int c = 0; c < 3; ++c) {
        if (c > 0) ImGui::SameLine(0, m.touch * 0.5f);
        ImGui::BeginGroup();
        ImGui::PushID(c);
        text(ctx, ctx.tr(keys[c]), color::kMuted);
        if (big_button(ctx, std::string(keys[c]) + "#up", "+", col_w, ButtonKind::secondary)) {
            delta[c] = 1;
        }
        ImGui::PushFont(ctx.fonts().title);
        char num[16];
        std::snprintf(num, sizeof num, c == 0 ? "%04d" : "%02d", values[c]);
        const float tw = ImGui::CalcTextSize(num).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (col_w - tw) * 0.5f);
        ImGui::TextUnformatted(num);
        ImGui::PopFont();
        if (big_button(ctx, std::string(keys[c]) + "#down", "-", col_w, ButtonKind::secondary)) {
            delta[c] = -1;
        }
        ImGui::PopID();
        ImGui::EndGroup();
    }
    ImGui::EndGroup();
    // Until a step is made the field is empty: the date shown is only a starting point.
    const char* buf = ctx.app().text_buffer(q.field);
    if (buf && buf[0] == '\0') {
        if (big_button(ctx, "ui.date_use", ctx.tr("ui.date_use"), 0)) {
            ctx.emit(intent::SetDate{v.y, v.m, v.d});
        }
    }
    if (delta[0] || delta[1] || delta[2]) {
        Ymd n{v.y + delta[0], v.m + delta[1], v.d + delta[2]};
        if (n.m < 1) n.m = 12;
        if (n.m > 12) n.m = 1;
        const int dim = days_in_month(n.y, n.m);
        if (n.d < 1) n.d = dim;
        if (n.d > dim) n.d = delta[2] ? 1 : dim;
        n = clamp_to(q, n);  // no tomorrow when the range ends today
        ctx.emit(intent::SetDate{n.y, n.m, n.d});
    }
}

}  // namespace sk::kiosk::ui
