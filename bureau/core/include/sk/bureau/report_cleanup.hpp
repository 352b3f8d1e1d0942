// The clean-up section of the monthly report (seed 004's 每月汇总): per unit, per category
// and in total, what the absence register held at the month's end, what the month added
// and the running totals since the campaign began. Pure: computed from the entries.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/register_types.hpp"
#include "sk/bureau/report_table.hpp"
#include "sk/bureau/xlsx_writer.hpp"

namespace sk::bureau {

struct CleanupCounts {
    int64_t registered = 0;        // entries registered by the month's end
    int64_t new_in_month = 0;      // registered in the month
    int64_t handled_in_month = 0;  // handling decided in the month
    int64_t handled_total = 0;
    int64_t returned_in_month = 0;  // back at post
    int64_t returned_total = 0;
    int64_t closed_in_month = 0;  // transferred, contract ended, retired, other
    int64_t closed_total = 0;
    int64_t still_absent = 0;  // open at the month's end
    int64_t overdue = 0;       // deadline passed, not back, at the month's end
    int64_t salary_stopped_in_month = 0;
    int64_t salary_stopped_total = 0;
    int64_t recovered_fen_in_month = 0;
    int64_t recovered_fen_total = 0;
};

struct CleanupRow {
    std::string key;                     // unit code or category slug; "" for the total
    std::string label;                   // unit name or category label
    CleanupCounts c;                     // zero when hidden
    bool hidden = false;                 // fewer entries than the report's group threshold
    bool hidden_by_subtraction = false;  // shown size, hidden so a smaller one can't be derived
};

struct CleanupReport {
    std::string month;            // "YYYY-MM"
    uint32_t campaign_start = 0;  // running totals count from here
    uint32_t month_end = 0;
    Lang lang = Lang::zh;
    int min_group = 0;  // 0: not thresholded (roles that may read the register anyway)
    CleanupCounts total;
    std::vector<CleanupRow> by_unit;      // units with any entry, in code order
    std::vector<CleanupRow> by_category;  // every category, in the register's order
};

// month: "YYYY-MM" (checked by the caller). unit_names: code -> name. campaign_start 0:
// from the earliest entry.
CleanupReport cleanup_report(const std::vector<AbsenceEntry>& entries,
                             const std::map<std::string, std::string>& unit_names,
                             uint32_t month_first, uint32_t campaign_start, Lang lang);

// For readers who may not see the register (the statistician): unit and category rows with
// fewer than min_group entries are hidden, their counts cleared, and when exactly one row of a
// table is hidden the smallest shown one is hidden too, or "total minus the rows shown" would
// give it away (the survey reports' rule). Totals stay.
void threshold_cleanup(CleanupReport& r, int min_group);
// The hidden row's note in the report's language.
std::string cleanup_hidden_note(const CleanupReport& r, const CleanupRow& row);

// The column labels in the report's language, in the order the renderers use.
std::vector<std::string> cleanup_columns(Lang lang);
std::vector<std::string> cleanup_values(const CleanupCounts& c);  // same order; 元 as "123.45"

std::string cleanup_html_section(const CleanupReport& r);  // <h2> and tables, no page frame
std::string cleanup_json(const CleanupReport& r);          // one object
// One table: a "table" column (total / unit / category) then the counts. BOM optional.
std::string cleanup_csv(const CleanupReport& r, bool bom);
// Three sheets: the total, by unit, by category (numbers as numbers).
std::vector<XlsxSheet> cleanup_xlsx_sheets(const CleanupReport& r);

// The same three tables as sections of the monthly report (MonthlyReport::sections), so
// its renderers put them into HTML, JSON and XLSX with the rest.
std::vector<ReportTable> cleanup_report_tables(const CleanupReport& r);

std::string yuan_text(int64_t fen);  // 123450 -> "1234.50"

}  // namespace sk::bureau
