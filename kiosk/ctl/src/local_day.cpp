#include "sk/kiosk_sync/local_day.hpp"

#include <cstdio>

#include "sk/sync/dates.hpp"

namespace sk::kiosk_sync {

namespace {
std::tm local_tm(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}
}  // namespace

uint32_t local_day(std::time_t t) {
    const std::tm tm = local_tm(t);
    return uint32_t(tm.tm_year + 1900) * 10000u + uint32_t(tm.tm_mon + 1) * 100u +
           uint32_t(tm.tm_mday);
}

int64_t local_start_of_day(std::time_t t) {
    std::tm tm = local_tm(t);
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return int64_t(std::mktime(&tm));
}

std::string local_iso_date(std::time_t t) {
    const std::tm tm = local_tm(t);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

int64_t local_end_of_day(const std::string& yyyy_mm_dd) {
    const auto day = sync::day_number_from_iso(yyyy_mm_dd);
    if (!day) return -1;
    std::tm tm{};
    tm.tm_year = int(*day / 10000) - 1900;
    tm.tm_mon = int(*day / 100 % 100) - 1;
    tm.tm_mday = int(*day % 100) + 1;  // mktime normalises the day after month end
    tm.tm_isdst = -1;
    return int64_t(std::mktime(&tm));
}

}  // namespace sk::kiosk_sync
