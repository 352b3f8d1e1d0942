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
// 20260314 -> "2026-03-14".
std::string day_to_iso(uint32_t day);

}  // namespace sk::bureau
