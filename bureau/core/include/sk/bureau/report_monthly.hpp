// `bureau report monthly --month YYYY-MM`: the seeds' monthly progress report. Tips received
// in the month by category, status and unit; survey participation per school; every ledger
// change made in the month.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau {

struct CountRow {
    std::string key;    // id or name
    std::string label;  // zh-CN label where one exists
    int64_t count = 0;
};

struct ParticipationRow {
    std::string survey_id;
    std::string school;
    int64_t responses = 0;  // 0 when hidden
    bool hidden = false;
};

struct MonthlyReport {
    std::string month;  // "YYYY-MM"
    int min_group = 5;
    int64_t tips_received = 0;
    std::vector<CountRow> by_category, by_status, by_unit, by_school;
    std::vector<ParticipationRow> participation;
    std::vector<storage::TipHistoryEntry> changes;  // made in the month (times are UTC)
};

// Errc::invalid_argument for a month that is not "YYYY-MM". `categories` may be null
// (category ids are shown without labels). Participation counts below min_group are hidden
// like any other small group.
Result<MonthlyReport> monthly_report(storage::BureauStore& store, std::string_view month,
                                     int min_group, const survey::TipCategories* categories);

std::string monthly_report_json(const MonthlyReport& r);
std::string monthly_report_html(const MonthlyReport& r);

}  // namespace sk::bureau
