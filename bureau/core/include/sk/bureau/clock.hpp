// The bureau's notion of "now". Core functions take times as arguments (so tests fix them);
// only the CLI and the server call these.
#pragma once

#include <cstdint>
#include <string>

namespace sk::bureau {

// "YYYY-MM-DDTHH:MM:SSZ", UTC.
std::string now_rfc3339();
// Today's local calendar date as YYYYMMDD.
uint32_t today_day();
// "2026-03-14T09:30:00Z" -> "2026-03-14 17:30" in the machine's time zone (what a clerk
// reads); the input unchanged if it is not RFC 3339 UTC.
std::string local_time(const std::string& rfc3339_utc);
// 20260314 -> "2026-03-14".
std::string day_to_iso(uint32_t day);

}  // namespace sk::bureau
