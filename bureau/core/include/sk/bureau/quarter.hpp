// Calendar quarters ("2026Q4") for the dynamic file (动态档案, seed 000: every quarter a note
// on each watched person's thought and work style) and the unit scores.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sk/result.hpp"

namespace sk::bureau {

struct Quarter {
    int year = 0;
    int q = 0;  // 1..4

    uint32_t first_day() const;  // YYYYMMDD
    uint32_t last_day() const;
    bool contains(uint32_t day) const { return day >= first_day() && day <= last_day(); }
    Quarter next() const;
    Quarter previous() const;
};

bool operator==(const Quarter& a, const Quarter& b);
bool operator<(const Quarter& a, const Quarter& b);

// "2026Q4" (also "2026q4", "2026-Q4"); Errc::invalid_argument otherwise.
Result<Quarter> parse_quarter(std::string_view s);
std::string format_quarter(const Quarter& q);  // "2026Q4"
Quarter quarter_of(uint32_t day);

}  // namespace sk::bureau
