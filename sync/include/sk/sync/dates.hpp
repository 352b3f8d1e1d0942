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

// Day arithmetic on YYYYMMDD day numbers (callers ensure is_valid_day_number): days since
// 1970-01-01 and back, so "the next working day" or "days between" need no <ctime>.
int64_t days_since_epoch(uint32_t yyyymmdd);
uint32_t day_number_from_epoch_days(int64_t days);
// 0 = Monday ... 6 = Sunday.
int weekday_of(uint32_t yyyymmdd);
// The last day of the day's month (20280210 -> 20280229).
uint32_t last_day_of_month(uint32_t yyyymmdd);

// Exactly "YYYY-MM-DDTHH:MM:SSZ" (seconds precision, UTC, upper-case T and Z). A single
// spelling keeps signed JSON canonical and makes string comparison order by time.
bool is_rfc3339_utc(std::string_view s);

// Unix seconds -> "YYYY-MM-DDTHH:MM:SSZ" (for callers that have a clock).
std::string format_rfc3339_utc(int64_t unix_seconds);

}  // namespace sk::sync
