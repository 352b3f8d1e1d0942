// The Reports screen's export buttons: a survey report, the monthly report or the unit
// scores as HTML, CSV or XLSX into the chosen folder, through the bureau core's writers
// (the same renderers as `bureau report survey|monthly` and `bureau score` with --format).
// Returns the written file's path for the "exported to ..." line.
#pragma once

#include <filesystem>
#include <string>

#include "sk/bureau/monthly_full.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/bureau/table_output.hpp"
#include "sk/result.hpp"

namespace sk::desk {

enum class ReportFormat { html, csv, xlsx };
const char* report_format_ext(ReportFormat f);  // "html", "csv", "xlsx"

// "<survey>-report.<ext>". CSV: the survey's CSV report.
Result<std::filesystem::path> export_survey_report(const bureau::SurveyStats& stats,
                                                   const std::filesystem::path& dir, ReportFormat f,
                                                   const std::string& generated);
// "monthly-report-<YYYY-MM>.<ext>". CSV: the clean-up table, as `report monthly --format csv`.
Result<std::filesystem::path> export_monthly_report(const bureau::FullMonthlyReport& r,
                                                    const std::filesystem::path& dir,
                                                    ReportFormat f, const std::string& generated);
// "unit-scores-<YYYYQn>.<ext>" (CSV with a BOM, for Excel, as `bureau score --bom`).
Result<std::filesystem::path> export_unit_scores(const bureau::OutTable& t,
                                                 const std::string& quarter,
                                                 const std::filesystem::path& dir, ReportFormat f);

}  // namespace sk::desk
