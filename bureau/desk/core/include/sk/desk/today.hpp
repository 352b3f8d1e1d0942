// The start page: what is new since the clerk last logged in, open cases, and when each
// kiosk's batches last arrived (a kiosk silent for two weeks is flagged: a stick may be
// lost or the kiosk broken).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sk/desk/case_index.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

constexpr int kStaleKioskDays = 14;

struct KioskFreshness {
    std::string name;
    std::string last_import;  // RFC 3339, empty: never
    int64_t days_since = -1;  // -1: never
    bool stale = false;
    size_t batches = 0;
};

struct TodaySummary {
    size_t cases_total = 0;
    size_t cases_open = 0;
    size_t new_since_login = 0;
    std::string last_login;  // empty: first login
    std::vector<std::pair<std::string, size_t>> by_status;
    std::vector<KioskFreshness> kiosks;
};

// `today` is YYYYMMDD (local); day differences count calendar days of the import times.
Result<TodaySummary> build_today(storage::BureauStore& store, const CaseIndex& cases,
                                 const std::string& last_login, uint32_t today);

// Days from the date of an RFC 3339 time to `today` (YYYYMMDD); -1 if unparseable.
int64_t days_between(const std::string& rfc3339, uint32_t today);

}  // namespace sk::desk
