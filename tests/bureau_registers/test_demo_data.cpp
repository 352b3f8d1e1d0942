// The shipped demo data set (assets/demo/bureau/): sizes the issue asks for, every
// absence category, names outside GB2312, every file importing without an error, and the
// payroll check finding exactly the planted mismatches listed in planted.json.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "sk/bureau/payroll_check.hpp"
#include "sk/bureau/register_import.hpp"

using namespace sk::bureau;

namespace {

std::filesystem::path demo(const std::string& f) {
    return std::filesystem::path(SK_SOURCE_DIR) / "assets/demo/bureau" / f;
}

struct Demo {
    std::vector<Unit> units;
    std::unordered_map<std::string, StaffMember> staff;
    std::vector<AbsenceEntry> entries;
    std::vector<std::string> errors;

    AbsenceLookups lookups() const {
        return {[this](const std::string& no) -> const StaffMember* {
                    auto it = staff.find(no);
                    return it == staff.end() ? nullptr : &it->second;
                },
                [this](const std::string& code) {
                    for (auto& u : units)
                        if (u.code == code) return true;
                    return false;
                }};
    }
};

Demo load_demo() {
    Demo d;
    auto units = read_table_file(demo("units.csv"));
    REQUIRE(units.ok());
    d.units = units_from_table(*units, d.errors);
    auto staff = read_table_file(demo("staff.csv"));
    REQUIRE(staff.ok());
    for (auto& s : staff_from_table(*staff, d.lookups().unit_known, d.errors))
        d.staff[s.staff_no] = s;
    auto abs = read_table_file(demo("absences.csv"));
    REQUIRE(abs.ok());
    d.entries = absences_from_table(*abs, d.lookups(), 20261201, d.errors);
    for (size_t i = 0; i < d.entries.size(); ++i) d.entries[i].id = static_cast<int64_t>(i + 1);
    return d;
}

}  // namespace

TEST_CASE("demo data: sizes, categories and names", "[demo]") {
    auto d = load_demo();
    CHECK(d.errors.empty());
    for (auto& e : d.errors) INFO(e);
    CHECK(d.units.size() >= 30);
    CHECK(d.staff.size() >= 2000);
    CHECK(d.entries.size() >= 60);
    std::set<AbsenceCategory> cats;
    for (auto& e : d.entries) cats.insert(e.category);
    CHECK(cats.size() == all_categories().size());
    for (std::string rare : {"喆", "堃", "昇"}) {
        bool found = false;
        for (auto& [no, s] : d.staff) found = found || s.name.find(rare) != std::string::npos;
        CHECK(found);
    }
}

TEST_CASE("demo data: the payroll check finds every planted mismatch and nothing else",
          "[demo][payroll]") {
    auto d = load_demo();
    REQUIRE(d.errors.empty());
    std::ifstream f(demo("payroll-2026-11.planted.json"));
    auto planted = nlohmann::json::parse(f);
    auto t = read_table_file(demo(planted["payroll"].get<std::string>()));
    REQUIRE(t.ok());
    std::vector<std::string> errors;
    auto rows = payroll_from_table(*t, errors);
    REQUIRE(errors.empty());
    CHECK(rows.size() >= 2000);
    auto pay_day = parse_table_date(planted["pay_day"].get<std::string>());
    REQUIRE(pay_day);
    PayrollPolicy policy;
    policy.paid_categories.clear();
    for (auto& c : planted["paid_categories"])
        policy.paid_categories.insert(*parse_category(c.get<std::string>()));
    auto check = check_payroll(rows, d.staff, d.entries, policy, *pay_day);

    std::set<std::tuple<int64_t, std::string, std::string>> want, got;
    for (auto& p : planted["findings"])
        want.emplace(p["row"].get<int64_t>(), p["staff_no"].get<std::string>(),
                     p["issue"].get<std::string>());
    for (auto& fnd : check.findings)
        got.emplace(fnd.row_number, fnd.staff_no, std::string(slug(fnd.issue)));
    CHECK(want.size() >= 5);
    CHECK(got == want);
}
