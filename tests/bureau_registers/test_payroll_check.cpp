// The payroll cross-check on a small hand-made register: each kind of mismatch once, and
// the look-alikes that are not mismatches (paid sick leave, an entry closed before pay
// day, an entry starting after it).
#include <algorithm>
#include <catch2/catch.hpp>

#include "sk/bureau/payroll_check.hpp"

using namespace sk::bureau;

namespace {

std::unordered_map<std::string, StaffMember> staff() {
    std::unordered_map<std::string, StaffMember> m;
    auto add = [&](std::string no, std::string unit, bool on_payroll = true) {
        m[no] = StaffMember{no, "P" + no, unit, "专任教师", "在编", on_payroll};
    };
    for (auto no : {"1", "2", "3", "4", "5", "6", "7", "8"}) add(no, "U1");
    add("9", "U2", false);
    return m;
}

AbsenceEntry absent(int64_t id, std::string no, AbsenceCategory c, uint32_t since) {
    AbsenceEntry e;
    e.id = id;
    e.staff_no = no;
    e.unit_code = "U1";
    e.category = c;
    e.since = since;
    return e;
}

}  // namespace

TEST_CASE("payroll: every kind of mismatch, and nothing else", "[payroll]") {
    std::vector<AbsenceEntry> entries = {
        absent(1, "2", AbsenceCategory::unauthorised, 20260105),  // paid while absent
        absent(2, "3", AbsenceCategory::sick_leave, 20251001),    // paid sick leave: fine
        absent(3, "4", AbsenceCategory::ghost, 20250901),         // closed before pay day
        absent(4, "5", AbsenceCategory::unauthorised, 20260210),  // starts after pay day
        absent(5, "6", AbsenceCategory::study, 20250901),         // paid reason, salary stopped
    };
    entries[2].closed_on = 20260110;
    entries[2].outcome = Outcome::contract_ended;
    entries[4].salary_stopped_on = 20260101;
    const uint32_t pay_day = 20260131;
    auto t = table_from_csv(
        "工号,姓名,单位代码,实发金额(元)\n"
        "1,P1,U1,\"5,000.00\"\n"
        "2,P2,U1,4800.5\n"
        "3,P3,U1,4000\n"
        "4,P4,U1,4000\n"
        "5,P5,U1,4000\n"
        "6,P6,U1,4000\n"
        "7,P7,U2,4000\n"     // paid by another unit
        "99,某某,U1,3000\n"  // unknown
        "9,P9,U2,3000\n"     // marked off the payroll
        "1,P1,U1,5000\n");   // paid twice
    REQUIRE(t.ok());
    std::vector<std::string> errors;
    auto rows = payroll_from_table(*t, errors);
    REQUIRE(errors.empty());
    REQUIRE(rows.size() == 10);
    CHECK(rows[0].amount_fen == 500000);
    CHECK(rows[1].amount_fen == 480050);
    auto check = check_payroll(rows, staff(), entries, PayrollPolicy{}, pay_day);
    CHECK(check.rows == 10);
    std::vector<std::pair<std::string, PayrollIssue>> got;
    for (auto& f : check.findings) got.emplace_back(f.staff_no, f.issue);
    std::vector<std::pair<std::string, PayrollIssue>> want = {
        {"2", PayrollIssue::absent_unapproved}, {"6", PayrollIssue::absent_unapproved},
        {"7", PayrollIssue::other_unit},        {"99", PayrollIssue::unknown_person},
        {"9", PayrollIssue::not_on_payroll},    {"1", PayrollIssue::paid_twice}};
    CHECK(got == want);
    CHECK(check.findings[0].entry_id == 1);
    CHECK(check.findings[0].row_number == 3);
    CHECK(check.findings[2].register_unit == "U1");
    CHECK(check.findings[2].paying_unit == "U2");

    // Policy is configuration: if study leave were unpaid too, nothing new appears here
    // (entry 5 is already flagged), but if sick leave were unpaid, person 3 would be.
    PayrollPolicy strict;
    strict.paid_categories.erase(AbsenceCategory::sick_leave);
    auto s = check_payroll(rows, staff(), entries, strict, pay_day);
    CHECK(std::count_if(s.findings.begin(), s.findings.end(),
                        [](auto& f) { return f.staff_no == "3"; }) == 1);
}

TEST_CASE("payroll: bad rows are reported with their row numbers", "[payroll]") {
    auto t = table_from_csv("staff_no,name,unit_code,amount\n1,A,U1,12.345\n,B,U1,1\n3,C,,1\n");
    REQUIRE(t.ok());
    std::vector<std::string> errors;
    auto rows = payroll_from_table(*t, errors);
    CHECK(rows.empty());
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "row 2: amount '12.345' is not a sum in 元");
    CHECK(errors[1] == "row 3: no staff number");
    CHECK(errors[2] == "row 4: no unit code");
    auto no_col = table_from_csv("name\nA\n");
    REQUIRE(no_col.ok());
    errors.clear();
    payroll_from_table(*no_col, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("row 1: missing column", 0) == 0);
}
