#include "sk/bureau/calendar.hpp"

namespace sk::bureau {

namespace {

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar, no tables, no time zones.
int64_t day_serial(uint32_t day) {
    int64_t y = day / 10000;
    const int64_t m = (day / 100) % 100;
    const int64_t d = day % 100;
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

uint32_t day_from_serial(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return static_cast<uint32_t>(y * 10000 + m * 100 + d);
}

uint32_t add_days(uint32_t day, int64_t n) {
    return day_from_serial(day_serial(day) + n);
}

uint32_t add_months(uint32_t day, int n) {
    int y = static_cast<int>(day / 10000);
    int m = static_cast<int>((day / 100) % 100) - 1 + n;
    y += m >= 0 ? m / 12 : (m - 11) / 12;
    m = ((m % 12) + 12) % 12 + 1;
    int d = static_cast<int>(day % 100);
    if (d > days_in_month(y, m)) d = days_in_month(y, m);
    return static_cast<uint32_t>(y * 10000 + m * 100 + d);
}

int64_t days_between(uint32_t a, uint32_t b) {
    return day_serial(b) - day_serial(a);
}

}  // namespace sk::bureau
