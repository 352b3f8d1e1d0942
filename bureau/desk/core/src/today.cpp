#include "sk/desk/today.hpp"

#include <cstdio>

namespace sk::desk {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

int64_t days_between(const std::string& rfc3339, uint32_t today) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(rfc3339.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return -1;
    const int64_t from = days_from_civil(y, unsigned(m), unsigned(d));
    const int64_t to = days_from_civil(today / 10000, today / 100 % 100, today % 100);
    return to - from;
}

Result<TodaySummary> build_today(storage::BureauStore& store, const CaseIndex& cases,
                                 const std::string& last_login, uint32_t today) {
    TodaySummary s;
    s.cases_total = cases.total();
    s.cases_open = cases.open_cases();
    s.last_login = last_login;
    s.new_since_login = last_login.empty() ? cases.total() : cases.created_after(last_login);
    s.by_status = cases.by_status();
    auto kiosks = store.list_kiosks();
    if (!kiosks) return kiosks.error();
    for (const auto& k : *kiosks) {
        auto batches = store.batches_of(k.id);
        if (!batches) return batches.error();
        KioskFreshness f;
        f.name = k.name;
        f.batches = batches->size();
        for (const auto& b : *batches) {
            if (b.imported_at > f.last_import) f.last_import = b.imported_at;
        }
        f.days_since = f.last_import.empty() ? -1 : days_between(f.last_import, today);
        f.stale = f.days_since < 0 || f.days_since > kStaleKioskDays;
        s.kiosks.push_back(std::move(f));
    }
    return s;
}

}  // namespace sk::desk
