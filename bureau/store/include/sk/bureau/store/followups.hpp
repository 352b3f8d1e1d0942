// The person file's follow-up records (schema v5): talks (谈心谈话/座谈会/个别访谈),
// quarterly dynamic-file notes (动态档案), sanctions with their period of effect, and the
// typical cases published. Storage only: rules and audit rows are the core's
// (sk/bureau/followups.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

struct TalkRow {
    int64_t id = 0;
    std::string staff_no, kind;  // talk | symposium | interview
    uint32_t day = 0;
    std::string by_user, note;
    std::string case_no;  // empty when not about a case
    std::string created_at, created_by;
};

struct QuarterlyRow {
    int64_t id = 0;
    std::string staff_no, quarter, rating, note;  // rating: good | fair | poor
    std::string created_at, created_by;
};

struct SanctionRow {
    int64_t id = 0;
    std::string staff_no, kind, case_no;
    uint32_t day = 0;
    std::string decision_no;
    uint32_t end_day = 0;  // 0: no period (reminder) or permanent (dismissal)
    std::string override_reason;
    std::string created_at, created_by;
};

struct PublishedRow {
    std::string case_no, summary;
    bool show_name = false, on_board = false;
    uint32_t published_day = 0;
    std::string published_at, published_by;
};

// case_id: the case's row id or nullopt.
Result<int64_t> insert_talk(storage::BureauStore& s, const TalkRow& t,
                            std::optional<int64_t> case_id);
// Errc::already_exists when the person has an entry for that quarter.
Result<int64_t> insert_quarterly(storage::BureauStore& s, const QuarterlyRow& q);
Result<int64_t> insert_sanction(storage::BureauStore& s, const SanctionRow& r, int64_t case_id);
// Errc::already_exists when the case is published already.
Result<void> insert_published(storage::BureauStore& s, int64_t case_id, const PublishedRow& p);

// staff_no empty: everyone's.
Result<std::vector<TalkRow>> talks_of(storage::BureauStore& s, std::string_view staff_no);
Result<std::vector<QuarterlyRow>> quarterly_of(storage::BureauStore& s, std::string_view staff_no);
Result<std::vector<SanctionRow>> sanctions_of(storage::BureauStore& s, std::string_view staff_no);
// published_day within [from, to] (0, 0: all), in publication order.
Result<std::vector<PublishedRow>> published_cases(storage::BureauStore& s, uint32_t from,
                                                  uint32_t to);
Result<std::optional<PublishedRow>> published_case(storage::BureauStore& s,
                                                   std::string_view case_no);

// Per person with any watch reason: the first day of a substantiated case about them, a
// talk, a sanction or a poor rating (watch_list.hpp), and whether they were dismissed.
struct WatchRow {
    std::string staff_no;
    uint32_t since = 0;
    bool dismissed = false;
    std::string owner;  // assignee of their latest case
};
Result<std::vector<WatchRow>> watch_rows(storage::BureauStore& s);

}  // namespace sk::bureau::store
