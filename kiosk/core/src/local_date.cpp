#include "local_date.hpp"

#include <ctime>

namespace sk::kiosk {

survey::Date local_date(WallClock::time_point t) {
    std::time_t tt = WallClock::to_time_t(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    return survey::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

uint32_t day_number(const survey::Date& d) {
    return static_cast<uint32_t>(d.year * 10000 + d.month * 100 + d.day);
}

std::string iso_date(const survey::Date& d) {
    return survey::format_date(d);
}

int64_t unix_seconds(WallClock::time_point t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

}  // namespace sk::kiosk
