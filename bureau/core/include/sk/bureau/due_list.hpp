// `bureau due`: what each user must do soon. Case deadlines (assigned with `case assign
// --due`), absence-register deadlines (限期返岗) and missing quarterly entries come together,
// each with its owner. Due "this week" means on or before today + 7 days; anything past its
// day is overdue (the deadline day itself is not).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sk::bureau {

enum class DueKind { case_deadline, absence_deadline, quarterly_entry };

struct DueItem {
    DueKind kind = DueKind::case_deadline;
    std::string owner;  // user name; empty: nobody assigned (listed for the lead)
    std::string ref;    // case number, absence entry id, staff number
    std::string what;   // one line for the clerk (unit, person, category; never tip text)
    uint32_t due_day = 0;
    bool overdue = false;  // filled by assemble_due
};

constexpr int kDueHorizonDays = 7;

bool is_overdue(uint32_t due_day, uint32_t today);

// Keeps items due within the horizon (or overdue), for `user` only when given (an
// unassigned item goes to nobody's personal list), sorted by owner, day, kind, ref.
std::vector<DueItem> assemble_due(std::vector<DueItem> items, uint32_t today,
                                  const std::optional<std::string>& user,
                                  int horizon_days = kDueHorizonDays);

const char* due_kind_label(DueKind k, bool en);

}  // namespace sk::bureau
