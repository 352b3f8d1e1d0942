// The kiosk's calendar day. Batches carry only a day (never a time of day, see
// docs/THREAT_MODEL.md §3) and survey expiry is a day, both in the kiosk's local time zone.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace sk::kiosk_sync {

// YYYYMMDD in local time.
uint32_t local_day(std::time_t t);
// The local midnight starting t's day (unix seconds): the finest time the kiosk stores.
int64_t local_start_of_day(std::time_t t);
// "YYYY-MM-DD" in local time.
std::string local_iso_date(std::time_t t);
// First second after the local day `yyyy_mm_dd` ("YYYY-MM-DD"), i.e. when a survey that
// expires on that day stops being answerable; -1 if the text is not a date.
int64_t local_end_of_day(const std::string& yyyy_mm_dd);

}  // namespace sk::kiosk_sync
