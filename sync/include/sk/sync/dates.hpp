// Calendar checks shared by the sync formats. Dates travel as text ("YYYY-MM-DD"),
// timestamps as RFC 3339 UTC ("2026-03-14T09:30:00Z"), and the batch export day as a
// u32 YYYYMMDD. The library never reads the clock: callers pass "today" in, so every
// format stays a pure function of its inputs and tests need no time mocking.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sk::sync {

// Years outside this range are refused: they can only come from a bug or a forged file.
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 9999;

// True for a real Gregorian date (leap years included) within [kMinYear, kMaxYear].
bool is_valid_date(int year, int month, int day);

// 20260314 -> true. Used for the batch export day.
bool is_valid_day_number(uint32_t yyyymmdd);

// Exactly "YYYY-MM-DD" with a real date.
bool is_iso_date(std::string_view s);

// "YYYY-MM-DD" -> 20260314, or nullopt.
std::optional<uint32_t> day_number_from_iso(std::string_view s);
// 20260314 -> "2026-03-14" (caller ensures is_valid_day_number).
std::string iso_from_day_number(uint32_t yyyymmdd);

// Exactly "YYYY-MM-DDTHH:MM:SSZ" (seconds precision, UTC, upper-case T and Z). A single
// spelling keeps signed JSON canonical and makes string comparison order by time.
bool is_rfc3339_utc(std::string_view s);

// Unix seconds -> "YYYY-MM-DDTHH:MM:SSZ" (for callers that have a clock).
std::string format_rfc3339_utc(int64_t unix_seconds);

}  // namespace sk::sync
