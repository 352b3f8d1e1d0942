// The absence register's date rules: working days, the 15/30 working-day line, overdue
// deadlines at month boundaries.
#include <catch2/catch.hpp>

#include "sk/bureau/absence_rules.hpp"
#include "sk/sync/dates.hpp"

using namespace sk::bureau;

namespace {

AbsenceEntry entry(uint32_t since, AbsenceCategory c = AbsenceCategory::unauthorised) {
    AbsenceEntry e;
    e.id = 1;
    e.staff_no = "S1";
    e.category = c;
    e.since = since;
    return e;
}

}  // namespace

TEST_CASE("working days: weekends, holidays and make-up workdays", "[absence]") {
    WorkCalendar cal;
    // 2026-03-02 is a Monday.
    CHECK(cal.working_days(20260302, 20260306) == 5);
    CHECK(cal.working_days(20260302, 20260308) == 5);
    CHECK(cal.working_days(20260302, 20260315) == 10);
    CHECK(cal.working_days(20260307, 20260308) == 0);
    CHECK(cal.working_days(20260310, 20260309) == 0);
    auto parsed = WorkCalendar::parse(
        "# 2026 National Day\n2026-10-01 holiday\n2026-10-02 holiday\n2026-10-10 workday\n");
    REQUIRE(parsed.ok());
    // 2026-09-28 (Mon) .. 2026-10-11 (Sun): 10 weekdays, 2 off, Saturday the 10th on.
    CHECK(parsed->working_days(20260928, 20261011) == 9);
    CHECK(parsed->is_working_day(20261010));
    CHECK_FALSE(parsed->is_working_day(20261001));
    // Brute force agrees with the O(1) count over a long span.
    int64_t brute = 0;
    for (uint32_t d = 20260101; d <= 20261231; ++d) {
        if (d % 100 == 0 || d % 100 > 31 || d / 100 % 100 > 12 || d / 100 % 100 == 0) continue;
        if (!sk::sync::is_valid_day_number(d)) continue;
        brute += parsed->is_working_day(d) ? 1 : 0;
    }
    CHECK(parsed->working_days(20260101, 20261231) == brute);
    auto bad = WorkCalendar::parse("2026-10-01 holiday\n2026-13-01 holiday\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("line 2") != std::string::npos);
}

TEST_CASE("absenteeism: more than 15 consecutive working days is flagged", "[absence]") {
    WorkCalendar cal;
    AbsenteeismRule rule;
    auto e = entry(20260302);  // Monday
    // Mon 2 .. Fri 20 March: 15 working days, not yet "more than 15".
    auto at15 = absenteeism_flag(e, {e}, cal, rule, 20260320);
    CHECK(at15.consecutive_days == 15);
    CHECK_FALSE(at15.over_consecutive);
    // The weekend adds nothing; Monday the 23rd is the 16th.
    CHECK_FALSE(absenteeism_flag(e, {e}, cal, rule, 20260322).flagged());
    auto at16 = absenteeism_flag(e, {e}, cal, rule, 20260323);
    CHECK(at16.consecutive_days == 16);
    CHECK(at16.over_consecutive);
    // Back on the 23rd: away 15 working days, never crossed.
    e.returned_on = 20260323;
    CHECK_FALSE(absenteeism_flag(e, {e}, cal, rule, 20260401).flagged());
    // Sick leave is not absenteeism, however long.
    auto sick = entry(20250101, AbsenceCategory::sick_leave);
    CHECK_FALSE(absenteeism_flag(sick, {sick}, cal, rule, 20260401).flagged());
}

TEST_CASE("absenteeism: more than 30 working days in one year over several entries", "[absence]") {
    WorkCalendar cal;
    AbsenteeismRule rule;
    std::vector<AbsenceEntry> all;
    // Three spells of 10 working days (Mon..Fri x2), then one more day.
    for (uint32_t start : {20260105u, 20260302u, 20260504u}) {
        auto e = entry(start);
        e.id = static_cast<int64_t>(all.size() + 1);
        e.returned_on = start + 14;  // the Monday two weeks later
        all.push_back(e);
    }
    auto last = entry(20260706);  // Monday
    last.id = 9;
    all.push_back(last);
    auto day1 = absenteeism_flag(last, all, cal, rule, 20260706);
    CHECK(day1.year_days == 31);
    CHECK(day1.over_yearly);
    CHECK_FALSE(day1.over_consecutive);
    all.back().returned_on = 20260707;  // back the next day: one day away
    CHECK(absenteeism_flag(all.back(), all, cal, rule, 20261231).year_days == 31);
    // Last year's spells do not count toward this year.
    for (auto& e : all) e.since -= 10000, e.returned_on = e.returned_on ? e.returned_on - 10000 : 0;
    auto next = entry(20270104);
    next.id = 10;
    all.push_back(next);
    CHECK(absenteeism_flag(next, all, cal, rule, 20270104).year_days == 1);
}

TEST_CASE("overdue: the deadline day is in time; month boundaries", "[absence]") {
    auto e = entry(20260105);
    e.deadline = 20260131;
    // January's report (as of 31 Jan): not overdue yet.
    CHECK_FALSE(is_overdue_on(e, 20260131));
    CHECK(is_overdue_on(e, 20260201));
    // February's report (as of 28 Feb): overdue.
    CHECK(is_overdue_on(e, 20260228));
    // Back on 1 Feb (late): overdue no more from that day on.
    e.returned_on = 20260201;
    CHECK_FALSE(is_overdue_on(e, 20260201));
    CHECK_FALSE(is_overdue_on(e, 20260228));
    CHECK(is_open_on(e, 20260131));
    CHECK_FALSE(is_open_on(e, 20260201));

    // A leap-year February: deadline on the 28th, report as of the 29th.
    auto leap = entry(20280103);
    leap.deadline = 20280228;
    CHECK(is_overdue_on(leap, 20280229));
    CHECK_FALSE(is_overdue_on(leap, 20280228));
    // Closed (contract ended) before the report: not overdue.
    leap.outcome = Outcome::contract_ended;
    leap.closed_on = 20280229;
    CHECK_FALSE(is_overdue_on(leap, 20280229));
    // No deadline: never overdue; not yet started: neither open nor overdue.
    auto none = entry(20260105);
    CHECK_FALSE(is_overdue_on(none, 20301231));
    auto later = entry(20260301);
    later.deadline = 20260302;
    CHECK_FALSE(is_open_on(later, 20260228));
    CHECK_FALSE(is_overdue_on(later, 20260228));
    CHECK(last_day_away(later, 20260228) == 0);
}
