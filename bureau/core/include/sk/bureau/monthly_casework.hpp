// The casework part of the monthly report: cases received in the month by channel and by
// status now, cases closed, talks, quarterly notes, sanctions by kind, and the typical cases
// published in the month (their anonymised summaries only). Counts and summaries: nothing
// here names a tipster, and a person only when the lead chose --show-name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/report_table.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct LabelCount {
    std::string key, label_zh, label_en;
    int64_t count = 0;
};

struct PublishedSummary {
    std::string case_no;
    uint32_t day = 0;
    std::string summary;
};

struct MonthlyCasework {
    int64_t received = 0, closed = 0, talks = 0, quarterly_notes = 0, sanctions = 0;
    int64_t received_to_date = 0, sanctions_to_date = 0;  // running totals since the start
    std::vector<LabelCount> by_channel, by_status, sanctions_by_kind;
    std::vector<PublishedSummary> published;
};

// month: "YYYY-MM" (checked by the caller's report). Aggregates and the anonymised
// summaries only: every role may read it.
Result<MonthlyCasework> monthly_casework(storage::BureauStore& s, std::string_view month);

// The monthly report's casework sections (MonthlyReport::sections): the month's figures,
// cases by channel and by status, reminders and sanctions by kind, typical cases published.
std::vector<ReportTable> casework_report_tables(const MonthlyCasework& m, bool en);

}  // namespace sk::bureau
