#include "sk/bureau/absence_rules.hpp"

#include <algorithm>
#include <string>

#include "sk/sync/dates.hpp"

namespace sk::bureau {

bool WorkCalendar::is_working_day(uint32_t day) const {
    if (extra_workdays.count(day)) return true;
    if (holidays.count(day)) return false;
    return sync::weekday_of(day) < 5;
}

int64_t WorkCalendar::working_days(uint32_t from, uint32_t to) const {
    if (!from || !to || to < from) return 0;
    int64_t a = sync::days_since_epoch(from), b = sync::days_since_epoch(to);
    // Whole weeks in O(1), then the listed exceptions: a register of thousands of entries
    // spanning years is evaluated for every report.
    int64_t n = b - a + 1;
    int64_t full = n / 7 * 5;
    for (int64_t d = a + n / 7 * 7; d <= b; ++d) {
        int64_t w = (d + 3) % 7;
        if ((w < 0 ? w + 7 : w) < 5) ++full;
    }
    for (uint32_t h : holidays)
        if (h >= from && h <= to && sync::weekday_of(h) < 5 && !extra_workdays.count(h)) --full;
    for (uint32_t w : extra_workdays)
        if (w >= from && w <= to && sync::weekday_of(w) >= 5) ++full;
    return full;
}

Result<WorkCalendar> WorkCalendar::parse(std::string_view text) {
    WorkCalendar cal;
    int line_no = 0;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++line_no;
        if (size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.empty()) continue;
        auto bad = [&] {
            return Error{Errc::bad_format, "work calendar line " + std::to_string(line_no) +
                                               ": expected 'YYYY-MM-DD holiday|workday'"};
        };
        if (line.size() < 12) return bad();
        auto day = sync::day_number_from_iso(line.substr(0, 10));
        std::string_view kind = line.substr(10);
        while (!kind.empty() && (kind.front() == ' ' || kind.front() == '\t'))
            kind.remove_prefix(1);
        if (!day) return bad();
        if (kind == "holiday") {
            cal.holidays.insert(*day);
        } else if (kind == "workday") {
            cal.extra_workdays.insert(*day);
        } else {
            return bad();
        }
    }
    return cal;
}

bool is_open_on(const AbsenceEntry& e, uint32_t day) {
    if (!e.since || e.since > day) return false;
    if (e.returned_on && e.returned_on <= day) return false;
    if (e.closed_on && e.closed_on <= day) return false;
    return true;
}

bool is_overdue_on(const AbsenceEntry& e, uint32_t day) {
    return e.deadline && e.deadline < day && is_open_on(e, day);
}

uint32_t last_day_away(const AbsenceEntry& e, uint32_t day) {
    if (!e.since || e.since > day) return 0;
    uint32_t last = day;
    if (e.returned_on) {
        // Back on returned_on: away until the day before.
        uint32_t before =
            sync::day_number_from_epoch_days(sync::days_since_epoch(e.returned_on) - 1);
        last = std::min(last, before);
    }
    if (e.closed_on) last = std::min(last, e.closed_on);
    return last >= e.since ? last : 0;
}

AbsenteeismFlag absenteeism_flag(const AbsenceEntry& e,
                                 const std::vector<AbsenceEntry>& person_entries,
                                 const WorkCalendar& cal, const AbsenteeismRule& rule,
                                 uint32_t day) {
    AbsenteeismFlag f;
    if (!counts_as_absenteeism(e.category)) return f;
    uint32_t last = last_day_away(e, day);
    if (!last) return f;
    f.consecutive_days = cal.working_days(e.since, last);
    // "In one year": the calendar year of the entry's last day away.
    uint32_t year_start = last / 10000 * 10000 + 101, year_end = last / 10000 * 10000 + 1231;
    for (auto& other : person_entries) {
        if (!counts_as_absenteeism(other.category) || other.staff_no != e.staff_no) continue;
        uint32_t o_last = last_day_away(other, day);
        if (!o_last) continue;
        f.year_days +=
            cal.working_days(std::max(other.since, year_start), std::min(o_last, year_end));
    }
    f.over_consecutive = f.consecutive_days > rule.consecutive_limit;
    f.over_yearly = f.year_days > rule.yearly_limit;
    return f;
}

}  // namespace sk::bureau
