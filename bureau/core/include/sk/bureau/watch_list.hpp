// Who needs a dynamic-file entry (动态档案) for a quarter. A person is on the watch list
// from the first day one of these happened to them: a case about them was found
// substantiated, a talk, a reminder or sanction, a "poor" quarterly rating. They stay on it
// (seed 000: close attention to poor performers) unless dismissed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sk/bureau/quarter.hpp"

namespace sk::bureau {

struct WatchCandidate {
    std::string staff_no;
    std::string name;
    std::string unit;
    uint32_t watched_since = 0;  // YYYYMMDD of the first reason
    bool dismissed = false;
    bool has_entry = false;  // an entry for the quarter asked about exists
    std::string owner;       // user who should write it (assignee of their latest case)
};

// Candidates watched on or before the quarter's last day, not dismissed, without an entry;
// in staff number order.
std::vector<WatchCandidate> quarterly_due(std::vector<WatchCandidate> people, const Quarter& q);

// An entry for quarter q is due by the quarter's last day.
inline uint32_t quarterly_deadline(const Quarter& q) {
    return q.last_day();
}

}  // namespace sk::bureau
