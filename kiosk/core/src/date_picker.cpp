#include "date_picker.hpp"

#include <algorithm>

namespace sk::kiosk {

DateRange date_range(const survey::Question& q, const survey::Date& today) {
    const auto resolve = [&](const std::optional<survey::DateBound>& b) {
        return b ? std::optional<survey::Date>(b->today ? today : b->date) : std::nullopt;
    };
    return {resolve(q.min_date), resolve(q.max_date)};
}

survey::Date clamp_date(survey::Date d, const DateRange& r) {
    if (r.max && *r.max < d) d = *r.max;
    if (r.min && d < *r.min) d = *r.min;
    return d;
}

int days_in_month(int year, int month) {
    // survey::Date::valid() knows the calendar (leap years): the last valid day.
    int d = 31;
    while (d > 28 && !survey::Date{year, month, d}.valid()) --d;
    return d;
}

survey::Date picker_date(std::string_view field_text, const DateRange& r, const survey::Date& today,
                         bool& chosen) {
    if (auto d = survey::parse_date(field_text)) {
        chosen = true;
        return *d;
    }
    chosen = false;
    return clamp_date(today, r);
}

survey::Date step_date(const survey::Date& from, int part, int delta, const DateRange& r) {
    delta = std::clamp(delta, -1, 1);
    survey::Date n = from;
    if (part == 0) n.year = std::clamp(n.year + delta, 1900, 9999);
    if (part == 1) n.month = (n.month - 1 + delta + 12) % 12 + 1;
    if (part == 2) n.day += delta;
    const int dim = days_in_month(n.year, n.month);
    if (n.day < 1) n.day = dim;
    if (n.day > dim) n.day = part == 2 ? 1 : dim;
    return clamp_date(n, r);
}

}  // namespace sk::kiosk
