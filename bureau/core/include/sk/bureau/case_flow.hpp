// The life of a campaign case, whatever its channel (docs/BUREAU.md "Casework"):
//
//   new -> under_verification -> substantiated -> talk_held -> sanction_proposed -> closed
//                             \                \____________\______________________/
//                              -> not_substantiated -> closed
//
// substantiated may skip the talk (straight to sanction_proposed) or close; talk_held may
// close. `reopen` (new facts) takes a closed or not-substantiated case back to
// under_verification and clears its finding. Every other move is refused. The first five
// names are the status board's (sk::sync::CaseStatus), so `bureau tips set-status` keeps
// its meaning; the tipster sees talk_held and sanction_proposed as "substantiated".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::bureau {

enum class CaseState {
    new_case,
    under_verification,
    substantiated,
    not_substantiated,
    talk_held,
    sanction_proposed,
    closed,
};

// What verification found; kept when the case moves on (scores count substantiated cases).
enum class Finding { none, substantiated, not_substantiated };

const std::vector<CaseState>& all_case_states();
// "new", "under_verification", "substantiated", "not_substantiated", "talk_held",
// "sanction_proposed", "closed".
std::string_view case_state_name(CaseState s);
std::string_view case_state_label(CaseState s, std::string_view lang);  // zh-CN or en
Result<CaseState> parse_case_state(std::string_view name);

std::vector<CaseState> next_case_states(CaseState from);
// Errc::invalid_argument naming the allowed next statuses (and `case reopen` for closed).
Result<void> check_case_transition(CaseState from, CaseState to);
// reopen: Errc::invalid_argument unless the case is closed or not substantiated.
Result<void> check_reopen(CaseState from);

// The finding after moving to `to` (set on substantiated / not_substantiated, kept
// otherwise, cleared by reopen).
Finding finding_after(Finding before, CaseState to);
std::string_view finding_name(Finding f);  // "", "substantiated", "not_substantiated"
Finding parse_finding(std::string_view name);
// A case still being worked on (not closed): counts for assignee deadlines.
bool is_open(CaseState s);

// What a kiosk tipster reads on the status board.
sync::CaseStatus board_status(CaseState s);

}  // namespace sk::bureau
