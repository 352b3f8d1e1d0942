// Calendar days from the wall clock, in the kiosk's local time zone. Records carry only a
// day (threat model §3); surveys expire by day; "today" bounds in date questions.
#pragma once

#include <cstdint>
#include <string>

#include "sk/kiosk/clock.hpp"
#include "sk/survey/date.hpp"

namespace sk::kiosk {

survey::Date local_date(WallClock::time_point t);
uint32_t day_number(const survey::Date& d);   // 20260314
std::string iso_date(const survey::Date& d);  // "2026-03-14"
int64_t unix_seconds(WallClock::time_point t);

}  // namespace sk::kiosk
