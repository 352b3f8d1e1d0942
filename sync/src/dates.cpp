#include "sk/sync/dates.hpp"

#include <cstdio>

namespace sk::sync {

namespace {

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Parses exactly `n` ASCII digits at s[pos]; -1 if any is not a digit.
int digits(std::string_view s, size_t pos, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        char c = s[pos + i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Howard Hinnant's civil_from_days: avoids gmtime_r, whose range and thread-safety
// vary by platform, and keeps this file free of <ctime> state.
void civil_from_days(int64_t z, int& y, int& m, int& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

// Howard Hinnant's days_from_civil (the inverse of the above).
int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

int64_t days_since_epoch(uint32_t v) {
    return days_from_civil(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100),
                           static_cast<int>(v % 100));
}

uint32_t day_number_from_epoch_days(int64_t days) {
    int y, m, d;
    civil_from_days(days, y, m, d);
    return static_cast<uint32_t>(y * 10000 + m * 100 + d);
}

int weekday_of(uint32_t v) {
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    int64_t w = (days_since_epoch(v) + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

uint32_t last_day_of_month(uint32_t v) {
    int y = static_cast<int>(v / 10000), m = static_cast<int>(v / 100 % 100);
    return static_cast<uint32_t>(y * 10000 + m * 100 + days_in_month(y, m));
}

bool is_valid_date(int year, int month, int day) {
    if (year < kMinYear || year > kMaxYear) return false;
    if (month < 1 || month > 12) return false;
    return day >= 1 && day <= days_in_month(year, month);
}

bool is_valid_day_number(uint32_t v) {
    return is_valid_date(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100),
                         static_cast<int>(v % 100));
}

bool is_iso_date(std::string_view s) {
    return day_number_from_iso(s).has_value();
}

std::optional<uint32_t> day_number_from_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !is_valid_date(y, m, d)) return std::nullopt;
    return static_cast<uint32_t>(y * 10000 + m * 100 + d);
}

std::string iso_from_day_number(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(v / 10000 % 10000),
                  static_cast<unsigned>(v / 100 % 100), static_cast<unsigned>(v % 100));
    return buf;
}

bool is_rfc3339_utc(std::string_view s) {
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    if (!is_iso_date(s.substr(0, 10))) return false;
    int hh = digits(s, 11, 2), mm = digits(s, 14, 2), ss = digits(s, 17, 2);
    // Leap seconds (":60") are refused: nothing in the system produces them.
    return hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59 && ss >= 0 && ss <= 59;
}

std::string format_rfc3339_utc(int64_t unix_seconds) {
    int64_t days = unix_seconds / 86400;
    int64_t secs = unix_seconds % 86400;
    if (secs < 0) {
        secs += 86400;
        days -= 1;
    }
    int y, m, d;
    civil_from_days(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                  static_cast<int>(secs % 60));
    return buf;
}

}  // namespace sk::sync
