// `bureau report monthly --month YYYY-MM`: the monthly progress report. Tips received in the
// month by category (chart), unit (chart), status and school; survey participation per
// school; then any sections other modules contribute (MonthlyReport::sections); the ledger
// changes of the month only as an appendix (--appendix).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/report_table.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau {

struct CountRow {
    std::string key;    // id or name
    std::string label;  // in the report's language where one exists
    int64_t count = 0;
};

struct ParticipationRow {
    std::string survey_id;
    std::string survey_title;  // in the report's language; the id if not registered
    std::string school;
    int64_t responses = 0;  // 0 when hidden
    bool hidden = false;
};

struct MonthlyReport {
    std::string month;  // "YYYY-MM"
    std::string lang = "zh-CN";
    int min_group = 5;
    int64_t tips_received = 0;
    std::vector<CountRow> by_category, by_status, by_unit, by_school;
    std::vector<ParticipationRow> participation;
    std::vector<storage::TipHistoryEntry> changes;  // made in the month (times are UTC)
    // Tables other modules add (the clean-up register, casework): rendered after the
    // built-in ones, in this order, in every format (HTML section, JSON, XLSX sheet).
    std::vector<ReportTable> sections;
};

// Errc::invalid_argument for a month that is not "YYYY-MM". `categories` and `registry` may
// be null (ids are shown instead of labels and titles). Participation counts below min_group
// are hidden like any other small group.
Result<MonthlyReport> monthly_report(storage::BureauStore& store, std::string_view month,
                                     int min_group, const survey::TipCategories* categories,
                                     const SurveyRegistry* registry = nullptr,
                                     std::string_view lang = "zh-CN");

struct MonthlyReportOptions {
    bool appendix = false;  // the month's ledger changes, local times
    std::string generated;  // local date the report is made (empty: omitted)
};

// Every table of the report in order (the charts are attached to the tables they draw).
std::vector<ReportTable> monthly_report_tables(const MonthlyReport& r,
                                               const MonthlyReportOptions& o = {});
std::string monthly_report_json(const MonthlyReport& r, const MonthlyReportOptions& o = {});
std::string monthly_report_html(const MonthlyReport& r, const MonthlyReportOptions& o = {});

}  // namespace sk::bureau
