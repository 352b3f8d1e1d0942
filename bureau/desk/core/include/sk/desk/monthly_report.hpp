// The Reports screen's monthly report: the same report as `bureau report monthly` (the core's
// full_monthly_report: tips, survey participation with small groups hidden, the absence
// clean-up, the casework), shown table by table and exported by report_export.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/monthly_full.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/desk/strings.hpp"

namespace sk::desk {

class MonthlyModel {
  public:
    // month: "YYYY-MM". The core checks the role and the month.
    Result<void> load(storage::BureauStore& store, const bureau::Actor& actor,
                      std::string_view month, const survey::TipCategories& categories, Lang lang,
                      int min_group = bureau::kDefaultMinGroup);
    const std::optional<bureau::FullMonthlyReport>& report() const { return report_; }
    // Every table of the report in order, as the HTML and XLSX exports hold them.
    const std::vector<bureau::ReportTable>& tables() const { return tables_; }
    void clear();

  private:
    std::optional<bureau::FullMonthlyReport> report_;
    std::vector<bureau::ReportTable> tables_;
};

// The month before `today` (YYYYMMDD) as "YYYY-MM": the report a clerk makes first.
std::string previous_month(uint32_t today);

}  // namespace sk::desk
