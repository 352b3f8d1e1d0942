// The absence register's date rules, as pure functions of the entries and a day:
// whether an entry is open, overdue (限期返岗 deadline passed, not back) and whether an
// absenteeism entry crosses the personnel regulations' line (《事业单位人事管理条例》
// art. 15: more than 15 consecutive working days, or more than 30 in one year). Which days
// are working days and where the lines are is the bureau's configuration, not code.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

#include "sk/bureau/register_types.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// Monday to Friday, minus statutory holidays, plus the weekend days worked instead
// (调休): both lists come from the State Council's yearly notice, so they are data.
struct WorkCalendar {
    std::set<uint32_t> holidays;        // weekdays off
    std::set<uint32_t> extra_workdays;  // weekend days on

    bool is_working_day(uint32_t day) const;
    // Working days in [from, to], both inclusive; 0 when to < from.
    int64_t working_days(uint32_t from, uint32_t to) const;
    // One day per line: "2026-10-01 holiday" or "2026-10-10 workday"; '#' starts a comment.
    // Errc::bad_format with the line number for anything else.
    static Result<WorkCalendar> parse(std::string_view text);
};

struct AbsenteeismRule {
    int consecutive_limit = 15;  // flagged when MORE than this many consecutive working days
    int yearly_limit = 30;       // or more than this many in one calendar year
};

// Open on `day` (end of that day): since <= day, not back at post and not closed by then.
bool is_open_on(const AbsenceEntry& e, uint32_t day);
// Overdue on `day`: a deadline before `day` and still open. The deadline day itself is in
// time, so a deadline on a month's last day first counts as overdue in the next month.
bool is_overdue_on(const AbsenceEntry& e, uint32_t day);
// The last day of the absence as far as `day` knows (day itself while open); 0 if the
// entry starts after `day`.
uint32_t last_day_away(const AbsenceEntry& e, uint32_t day);

struct AbsenteeismFlag {
    int64_t consecutive_days = 0;  // working days of this entry up to the day
    int64_t year_days = 0;         // working days of all the person's absenteeism this year
    bool over_consecutive = false;
    bool over_yearly = false;
    bool flagged() const { return over_consecutive || over_yearly; }
};

// `person_entries`: every entry of the same person (the entry itself included). Entries
// whose category is not absenteeism get no flag.
AbsenteeismFlag absenteeism_flag(const AbsenceEntry& e,
                                 const std::vector<AbsenceEntry>& person_entries,
                                 const WorkCalendar& cal, const AbsenteeismRule& rule,
                                 uint32_t day);

}  // namespace sk::bureau
