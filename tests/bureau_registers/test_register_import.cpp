// Register rows from tables: refusals with row numbers, re-import differences, and the
// absence validation every entry path shares.
#include <catch2/catch.hpp>

#include "sk/bureau/register_import.hpp"

using namespace sk::bureau;

namespace {

Table csv(const std::string& text) {
    auto t = table_from_csv(text);
    REQUIRE(t.ok());
    return *t;
}

bool unit_known(const std::string& c) {
    return c == "U1" || c == "U2";
}

}  // namespace

TEST_CASE("staff import: bad rows say which row and why", "[staff]") {
    std::vector<std::string> errors;
    auto rows = staff_from_table(csv("工号,姓名,单位代码,是否在工资册\n"
                                     "1,王喆,U1,是\n"
                                     "2,李堃,U9,是\n"
                                     "1,张昇,U1,否\n"
                                     "3,,U1,是\n"
                                     "4,赵四,U2,也许\n"
                                     "5,钱五,U2,否\n"),
                                 unit_known, errors);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].on_payroll == false);
    CHECK(errors == std::vector<std::string>{
                        "row 3: unknown unit code 'U9'", "row 4: staff number 1 appears twice",
                        "row 5: staff 3 has no name", "row 6: on payroll '也许' is not 是/否"});
}

TEST_CASE("staff re-import reports added, changed and removed, per unit covered", "[staff]") {
    std::unordered_map<std::string, StaffMember> current;
    current["1"] = {"1", "王喆", "U1", "专任教师", "在编", true};
    current["2"] = {"2", "李堃", "U1", "专任教师", "在编", true};
    current["3"] = {"3", "张昇", "U2", "工勤", "聘用", true};
    // A file for unit U1 only: person 2 left, person 1 moved off the payroll, 4 is new.
    std::vector<StaffMember> incoming = {{"1", "王喆", "U1", "专任教师", "在编", false},
                                         {"4", "孙七", "U1", "专任教师", "聘用", true}};
    auto d = diff_staff(current, incoming);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0].staff_no == "4");
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].summary == "on_payroll: yes -> no");
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].staff_no == "2");  // not 3: U2 is not in the file
    auto same = diff_staff(current, {current["3"]});
    CHECK(same.added.empty());
    CHECK(same.changed.empty());
    CHECK(same.removed.empty());
}

TEST_CASE("absence validation refuses what the register must not hold", "[absence]") {
    StaffMember p{"1", "王喆", "U1", "专任教师", "在编", true};
    AbsenceLookups lk{[&](const std::string& no) { return no == "1" ? &p : nullptr; }, unit_known};
    AbsenceEntry e;
    e.staff_no = "1";
    e.unit_code = "U1";
    e.category = AbsenceCategory::unauthorised;
    e.since = 20261102;
    const uint32_t today = 20261201;
    CHECK(validate_absence(e, lk, today).ok());
    auto refused = [&](AbsenceEntry x, const std::string& fragment) {
        auto r = validate_absence(x, lk, today);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(fragment) != std::string::npos);
        CHECK(r.error().message.find('\n') == std::string::npos);
    };
    auto x = e;
    x.staff_no = "999";
    refused(x, "unknown person");
    x = e;
    x.unit_code = "U9";
    refused(x, "unknown unit");
    x = e;
    x.since = 20261202;
    refused(x, "future");
    x = e;
    x.returned_on = 20261101;
    refused(x, "before 'since'");
    x = e;
    x.handling = Handling::ordered_back;
    refused(x, "deadline");
    x = e;
    x.category = AbsenceCategory::other;
    refused(x, "text");
    x = e;
    x.outcome = Outcome::returned;
    refused(x, "return-to-post date");

    std::vector<std::string> errors;
    auto rows = absences_from_table(csv("工号,离岗类别,离岗日期\n1,休假,2026-11-02\n"
                                        "1,旷工,2026-13-01\n1,擅自离岗/旷工,2026-11-02\n"),
                                    lk, today, errors);
    CHECK(rows.size() == 1);
    CHECK(errors == std::vector<std::string>{"row 2: unknown category '休假'",
                                             "row 3: unknown category '旷工'"});
}
