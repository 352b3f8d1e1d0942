#include "sk/bureau/clock.hpp"

#include <cstdio>
#include <ctime>

#include "sk/sync/dates.hpp"

namespace sk::bureau {

std::string now_rfc3339() {
    return sync::format_rfc3339_utc(static_cast<int64_t>(std::time(nullptr)));
}

uint32_t today_day() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return static_cast<uint32_t>((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday);
}

std::string local_time(const std::string& at) {
    if (!sync::is_rfc3339_utc(at)) return at;
    std::tm tm{};
    tm.tm_year = std::stoi(at.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(at.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(at.substr(8, 2));
    tm.tm_hour = std::stoi(at.substr(11, 2));
    tm.tm_min = std::stoi(at.substr(14, 2));
    tm.tm_sec = std::stoi(at.substr(17, 2));
    const std::time_t t = timegm(&tm);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
    return buf;
}

std::string day_to_iso(uint32_t day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", day / 10000, (day / 100) % 100, day % 100);
    return buf;
}

}  // namespace sk::bureau
