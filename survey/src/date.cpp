#include "sk/survey/date.hpp"

#include <tuple>

namespace sk::survey {

namespace {

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

bool Date::valid() const {
    // 1900..9999 keeps the four-digit text form and rules out zero-initialised dates.
    if (year < 1900 || year > 9999 || month < 1 || month > 12) return false;
    return day >= 1 && day <= days_in_month(year, month);
}

bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}
bool operator!=(const Date& a, const Date& b) {
    return !(a == b);
}
bool operator<(const Date& a, const Date& b) {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}
bool operator<=(const Date& a, const Date& b) {
    return !(b < a);
}

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](size_t off, size_t n, int& out) {
        out = 0;
        for (size_t i = off; i < off + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    Date d;
    if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
    if (!d.valid()) return std::nullopt;
    return d;
}

void format_date(const Date& d, char out[10]) {
    int y = d.year;
    for (int i = 3; i >= 0; --i, y /= 10) out[i] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + d.month / 10);
    out[6] = char('0' + d.month % 10);
    out[7] = '-';
    out[8] = char('0' + d.day / 10);
    out[9] = char('0' + d.day % 10);
}

std::string format_date(const Date& d) {
    char buf[10];
    format_date(d, buf);
    return std::string(buf, sizeof buf);
}

}  // namespace sk::survey
