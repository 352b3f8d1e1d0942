// Follow-up records in a person's file (docs/BUREAU.md "Casework"): talks (谈心谈话,
// 座谈会, 个别访谈), the quarterly dynamic file (动态档案), measures and sanctions with
// their period of effect and the "reminder first" rule, and typical cases published for
// warning education (典型案例通报). Each checks the actor's role and appends its audit row in
// the same transaction. Dates are YYYYMMDD and may not lie in the future.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/quarter.hpp"
#include "sk/bureau/role.hpp"
#include "sk/bureau/sanction_kind.hpp"
#include "sk/bureau/store/followups.hpp"
#include "sk/bureau/watch_list.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

enum class TalkKind { talk, symposium, interview };
Result<TalkKind> parse_talk_kind(std::string_view s);
std::string_view talk_kind_name(TalkKind k);
std::string_view talk_kind_label(TalkKind k, std::string_view lang);  // 谈心谈话, 座谈会, 个别访谈

enum class Rating { good, fair, poor };
Result<Rating> parse_rating(std::string_view s);
std::string_view rating_name(Rating r);
std::string_view rating_label(Rating r, std::string_view lang);  // 好, 一般, 差

struct TalkInput {
    std::string staff_no;
    TalkKind kind = TalkKind::talk;
    uint32_t day = 0;
    std::string by;  // user who held it (an existing user)
    std::string note;
    std::string case_no;  // optional
};
Result<int64_t> add_talk(storage::BureauStore& s, const Actor& a, const TalkInput& in,
                         std::string_view now, uint32_t today);

struct QuarterlyInput {
    std::string staff_no;
    Quarter quarter;
    Rating rating = Rating::fair;
    std::string note;
};
// Refuses a quarter that has not started yet, and a second entry for the same quarter.
Result<int64_t> add_quarterly(storage::BureauStore& s, const Actor& a, const QuarterlyInput& in,
                              std::string_view now, uint32_t today);

struct SanctionInput {
    std::string staff_no;
    SanctionKind kind = SanctionKind::reminder;
    std::string case_no;  // required: a sanction decides a case about this person
    uint32_t day = 0;
    std::string decision_no;
    std::string override_reason;  // recorded when the reminder-first rule is overridden
};
// The case must be about the person and found substantiated; above "reminder" the person
// needs a reminder or talk on or before `day` (check_reminder_first) or an override.
Result<int64_t> add_sanction(storage::BureauStore& s, const Actor& a, const SanctionInput& in,
                             std::string_view now, uint32_t today);

struct PublishInput {
    std::string case_no;
    std::string summary;
    bool show_name = false;  // the lead's decision to name the person
    bool on_board = false;   // also a notice on the kiosks' status board
};
// Lead only. The case must be closed with a substantiated finding. The summary is refused
// when it contains the case's source (who reported), the person's name without
// show_name, or a receipt code.
Result<void> publish_case(storage::BureauStore& s, const Actor& a, const PublishInput& in,
                          std::string_view now, uint32_t today);

// Everyone on the watch list without an entry for q (quarterly_due), with names and units.
Result<std::vector<WatchCandidate>> quarterly_missing(storage::BureauStore& s, const Actor& a,
                                                      const Quarter& q);

}  // namespace sk::bureau
