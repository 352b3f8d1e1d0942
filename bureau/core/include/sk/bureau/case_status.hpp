// The life of a tip case: new -> under_verification -> substantiated | not_substantiated ->
// closed. The names are the status board's (sk::sync::CaseStatus), so what the ledger says
// is exactly what a tipster reads on the kiosk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::bureau {

using sync::CaseStatus;

// Allowed next statuses. Reopening is deliberately not allowed: a closed case that needs
// more work is a new matter on the same file (a note), not a silent status rewind.
std::vector<CaseStatus> next_statuses(CaseStatus from);
bool transition_allowed(CaseStatus from, CaseStatus to);
// Errc::invalid_argument naming the allowed statuses, e.g. "cannot go from new to closed
// (allowed: under_verification)".
Result<void> check_transition(CaseStatus from, CaseStatus to);
// Errc::invalid_argument listing the valid names.
Result<CaseStatus> parse_status(std::string_view name);
// Chinese label for reports ("新收", "核查中", ...).
const char* status_label_zh(CaseStatus s);
const std::vector<CaseStatus>& all_statuses();

}  // namespace sk::bureau
