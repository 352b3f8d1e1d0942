// The registers through the core services over a real bureau.db: imports, re-import
// differences, absence add/set refusals that change nothing, role refusals, audit rows,
// the payroll check and the person file over the demo data set.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/store/registers.hpp"
#include "register_fixture.hpp"

namespace fs = std::filesystem;
using namespace sk::bureau;

using namespace sk::bureau::test;

TEST_CASE("registers: demo import, then a re-import reports what changed", "[store]") {
    Fixture fx("reimport");
    fx.load_demo();
    auto staff = store::list_staff(fx.store);
    REQUIRE(staff.ok());
    CHECK(staff->size() >= 2000);
    // Unit U003 sends its own list: one person changed unit... within U003 they move to
    // U004, one left, one new.
    std::vector<StaffMember> u3;
    for (auto& p : *staff)
        if (p.unit_code == "U003") u3.push_back(p);
    REQUIRE(u3.size() > 3);
    std::string csv = "工号,姓名,单位代码,岗位,用工类型,是否在工资册\n";
    for (size_t i = 1; i < u3.size(); ++i) {  // u3[0] left
        auto& p = u3[i];
        bool payroll = i == 1 ? !p.on_payroll : p.on_payroll;  // u3[1] changed
        csv += p.staff_no + "," + p.name + ",U003," + p.post + "," + p.employment + "," +
               (payroll ? "是" : "否") + "\n";
    }
    csv += "599999,新教师昇,U003,专任教师,聘用,是\n";
    auto file = fx.write("u003.csv", csv);
    auto dry = import_staff(fx.store, fx.lead, file, kNow, true);
    REQUIRE(dry.ok());
    CHECK(dry->added == 1);
    CHECK(dry->changed == 1);
    CHECK(dry->removed == 1);
    auto before = fx.fingerprint();
    auto dry2 = import_staff(fx.store, fx.lead, file, kNow, true);
    REQUIRE(dry2.ok());
    CHECK(fx.fingerprint() == before);  // a dry run stores nothing
    auto real = import_staff(fx.store, fx.lead, file, kNow, false);
    REQUIRE(real.ok());
    CHECK(real->removed == 1);
    auto gone = store::find_staff(fx.store, u3[0].staff_no);
    REQUIRE(gone.ok());
    CHECK(gone->has_value());  // kept for the person file, just not in the register
    auto after = store::list_staff(fx.store);
    REQUIRE(after.ok());
    CHECK(after->size() == staff->size());  // one left, one came
    auto again = import_staff(fx.store, fx.lead, file, kNow, false);
    REQUIRE(again.ok());
    CHECK(again->added + again->changed + again->removed == 0);
}

TEST_CASE("registers: a file with a bad row imports nothing", "[store]") {
    Fixture fx("badrow");
    fx.load_demo();
    auto before = fx.fingerprint();
    auto file =
        fx.write("bad.csv", "工号,姓名,单位代码\n700001,甲,U003\n700002,乙,U999\n700003,丙,U003\n");
    auto r = import_staff(fx.store, fx.lead, file, kNow, false);
    REQUIRE(r.ok());
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors[0] == "row 3: unknown unit code 'U999'");
    CHECK(fx.fingerprint() == before);
}

TEST_CASE("absence add/set: refusals change nothing", "[store]") {
    Fixture fx("refuse");
    fx.load_demo();
    auto staff = store::list_staff(fx.store);
    REQUIRE(staff.ok());
    const std::string no = staff->at(10).staff_no;
    AbsenceEntry ok_entry;
    ok_entry.staff_no = no;
    ok_entry.category = AbsenceCategory::unauthorised;
    ok_entry.since = 20261102;
    auto id = add_absence(fx.store, fx.handler, ok_entry, kToday, kNow);
    REQUIRE(id.ok());
    auto before = fx.fingerprint();
    auto refused = [&](sk::Result<int64_t> r, const std::string& fragment) {
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(fragment) != std::string::npos);
        CHECK(fx.fingerprint() == before);
    };
    auto e = ok_entry;
    e.staff_no = "000000";
    refused(add_absence(fx.store, fx.handler, e, kToday, kNow), "unknown person");
    e = ok_entry;
    e.unit_code = "U999";
    refused(add_absence(fx.store, fx.handler, e, kToday, kNow), "unknown unit");
    e = ok_entry;
    e.since = 20261202;
    refused(add_absence(fx.store, fx.handler, e, kToday, kNow), "future");
    refused(add_absence(fx.store, fx.statistician, ok_entry, kToday, kNow), "");
    refused(add_absence(fx.store, fx.inspector, ok_entry, kToday, kNow), "");

    auto set_refused = [&](sk::Result<AbsenceEntry> r, sk::Errc code) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK(fx.fingerprint() == before);
    };
    AbsenceUpdate back;
    back.returned_on = 20261101;  // before since
    set_refused(set_absence(fx.store, fx.handler, *id, back, kToday, kNow),
                sk::Errc::invalid_argument);
    set_refused(set_absence(fx.store, fx.handler, 999999, back, kToday, kNow), sk::Errc::not_found);
    AbsenceUpdate order;
    order.handling = Handling::ordered_back;  // without a deadline
    set_refused(set_absence(fx.store, fx.handler, *id, order, kToday, kNow),
                sk::Errc::invalid_argument);
    order.deadline = 20261215;
    set_refused(set_absence(fx.store, fx.inspector, *id, order, kToday, kNow),
                sk::Errc::permission_denied);
    set_refused(set_absence(fx.store, fx.handler, *id, AbsenceUpdate{}, kToday, kNow),
                sk::Errc::invalid_argument);  // nothing to change

    auto changed = set_absence(fx.store, fx.handler, *id, order, kToday, kNow);
    REQUIRE(changed.ok());
    CHECK(changed->handled_on == kToday);
    CHECK(fx.fingerprint() != before);

    // The audit log holds both changes with who made them.
    store::AuditFilter f;
    f.object_kind = "absence";
    auto rows = store::list_audit(fx.store, f);
    REQUIRE(rows.ok());
    std::vector<std::string> actions;
    for (auto& r : *rows) actions.push_back(r.event.action + " " + r.event.user);
    CHECK(std::count(actions.begin(), actions.end(), "absence.add handler1") == 1);
    CHECK(std::count(actions.begin(), actions.end(), "absence.set handler1") == 1);
    CHECK(std::count(actions.begin(), actions.end(), "absence.import lead1") == 1);
    auto v = store::verify_audit(fx.store);
    REQUIRE(v.ok());
    CHECK(v->ok);
}

TEST_CASE("roles: who may read files, import and see reports", "[store][roles]") {
    Fixture fx("roles");
    fx.load_demo();
    auto before = fx.fingerprint();
    auto denied = [](auto r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == sk::Errc::permission_denied);
    };
    denied(import_units(fx.store, fx.inspector, demo("units.csv"), kNow));
    denied(import_staff(fx.store, fx.statistician, demo("staff.csv"), kNow, false));
    denied(import_absences(fx.store, fx.inspector, demo("absences.csv"), kToday, kNow));
    std::vector<std::string> errors;
    denied(check_payroll_file(fx.store, fx.statistician, demo("payroll-2026-11.csv"),
                              PayrollPolicy{}, 20261130, kNow, errors));
    denied(load_person_file(fx.store, fx.statistician, "510006", kToday, Lang::zh, WorkCalendar{},
                            {}, kNow));
    denied(list_absence_register(fx.store, fx.statistician, {}, WorkCalendar{}, {}));
    CHECK(fx.fingerprint() == before);
    // Reports are aggregates: the statistician reads them.
    auto rep = load_cleanup_report(fx.store, fx.statistician, 20261101, 20260602, Lang::zh, 5);
    REQUIRE(rep.ok());
    CHECK(rep->total.registered >= 60);
    // The inspector reads files (and that read is on the record).
    auto f = load_person_file(fx.store, fx.inspector, "510006", kToday, Lang::zh, WorkCalendar{},
                              {}, kNow);
    REQUIRE(f.ok());
    CHECK(f->person.name.find("喆") != std::string::npos);
}

TEST_CASE("the statistician's clean-up tables hide small units, the lead's show them",
          "[store][roles][report]") {
    Fixture fx("cleanup-threshold");
    fx.load_demo();
    auto lead = load_cleanup_report(fx.store, fx.lead, 20261101, 0, Lang::en, 5);
    auto stat = load_cleanup_report(fx.store, fx.statistician, 20261101, 0, Lang::en, 5);
    REQUIRE(lead.ok());
    REQUIRE(stat.ok());
    // The lead sees every row as counted, small ones included.
    const CleanupRow* two = nullptr;
    for (auto& u : lead->by_unit) {
        CHECK_FALSE(u.hidden);
        if (u.c.registered == 2) two = &u;
    }
    REQUIRE(two != nullptr);
    REQUIRE(stat->by_unit.size() == lead->by_unit.size());
    size_t hidden = 0;
    for (size_t i = 0; i < stat->by_unit.size(); ++i) {
        auto& s = stat->by_unit[i];
        auto& l = lead->by_unit[i];
        REQUIRE(s.key == l.key);
        if (l.c.registered < 5) CHECK(s.hidden);  // every small unit, not only the one
        if (s.hidden) {
            ++hidden;
            CHECK(s.c.registered == 0);  // nothing of it left in the numbers
            CHECK_FALSE(s.hidden_by_subtraction == (l.c.registered < 5));
        } else {
            CHECK(s.c.registered == l.c.registered);
        }
    }
    CHECK(hidden >= 2);  // one alone would be given away by subtraction
    // Totals stay.
    CHECK(stat->total.registered == lead->total.registered);
    CHECK(stat->total.still_absent == lead->total.still_absent);
    // Every renderer says so and keeps the small unit's counts out.
    auto csv = cleanup_csv(*stat, false);
    CHECK(csv.find("fewer than 5 entries") != std::string::npos);
    auto html = cleanup_html_section(*stat);
    CHECK(html.find("fewer than 5 entries") != std::string::npos);
    auto json = nlohmann::json::parse(cleanup_json(*stat));
    bool found = false;
    for (auto& u : json["by_unit"])
        if (u["unit"] == two->key) {
            found = true;
            CHECK(u["hidden"] == true);
            CHECK_FALSE(u.contains("counts"));
        }
    CHECK(found);
    CHECK(cleanup_json(*lead).find("\"hidden\"") == std::string::npos);
    // The inspector and handler read the register anyway: no threshold for them.
    for (auto* a : {&fx.inspector, &fx.handler}) {
        auto r = load_cleanup_report(fx.store, *a, 20261101, 0, Lang::en, 5);
        REQUIRE(r.ok());
        for (auto& u : r->by_unit) CHECK_FALSE(u.hidden);
    }
    // And the statistician may not lower the threshold.
    auto low = load_cleanup_report(fx.store, fx.statistician, 20261101, 0, Lang::en, 1);
    REQUIRE_FALSE(low.ok());
    CHECK(low.error().code == sk::Errc::permission_denied);
}

TEST_CASE("payroll check over the stored registers finds exactly the planted list",
          "[store][payroll]") {
    Fixture fx("payroll");
    fx.load_demo();
    std::ifstream pf(demo("payroll-2026-11.planted.json"));
    auto planted = nlohmann::json::parse(pf);
    std::vector<std::string> errors;
    auto c = check_payroll_file(fx.store, fx.handler, demo("payroll-2026-11.csv"), PayrollPolicy{},
                                20261130, kNow, errors);
    REQUIRE(c.ok());
    REQUIRE(errors.empty());
    std::set<std::tuple<int64_t, std::string, std::string>> want, got;
    for (auto& p : planted["findings"])
        want.emplace(p["row"].get<int64_t>(), p["staff_no"].get<std::string>(),
                     p["issue"].get<std::string>());
    for (auto& f : c->findings) got.emplace(f.row_number, f.staff_no, std::string(slug(f.issue)));
    CHECK(got == want);
}
