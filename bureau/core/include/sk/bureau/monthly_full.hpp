// The whole monthly report as `bureau report monthly` writes it and the desk shows it: the
// month's tips and survey participation (report_monthly.hpp), then the absence clean-up
// (registers.hpp) and the casework (monthly_casework.hpp) as sections. One assembly, so the
// CLI and the desk cannot disagree on what the report holds or on what is hidden.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sk/bureau/report_cleanup.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/role.hpp"

namespace sk::bureau {

struct FullMonthlyReport {
    MonthlyReport report;   // with the clean-up and casework sections appended
    CleanupReport cleanup;  // also on its own: the CSV form is the clean-up table
};

// Checks authorize_report(a, min_group) first; Errc::invalid_argument for a month that is not
// "YYYY-MM". lang: "zh-CN" or "en". campaign_start 0: the clean-up counts from its first entry.
Result<FullMonthlyReport> full_monthly_report(storage::BureauStore& s, const Actor& a,
                                              std::string_view month, int min_group,
                                              const survey::TipCategories* categories,
                                              std::string_view lang, uint32_t campaign_start = 0);

}  // namespace sk::bureau
