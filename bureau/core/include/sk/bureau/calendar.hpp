// Day arithmetic on YYYYMMDD day numbers (the form dates take in the bureau store): adding
// days and months, weeks for the due list, periods of effect for sanctions. Pure functions;
// callers pass "today" in (clock.hpp).
#pragma once

#include <cstdint>

namespace sk::bureau {

// Days since 1970-01-01 of a valid YYYYMMDD day, and back.
int64_t day_serial(uint32_t day);
uint32_t day_from_serial(int64_t serial);

uint32_t add_days(uint32_t day, int64_t n);
// Same day of the month `n` months later, clamped to the month's last day
// (2026-08-31 + 6 months = 2027-02-28).
uint32_t add_months(uint32_t day, int n);
// b - a in days.
int64_t days_between(uint32_t a, uint32_t b);

}  // namespace sk::bureau
