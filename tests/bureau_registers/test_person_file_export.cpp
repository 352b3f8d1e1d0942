// The person file's exports (HTML for print, XLSX read back with the project's reader) with
// their audit rows, the statistician's refusal, and the absence checks field by field.
#include <catch2/catch.hpp>

#include <filesystem>

#include "register_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/person_file_export.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/xlsx_reader.hpp"

using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

size_t audit_count(sk::storage::BureauStore& s, const std::string& action) {
    auto rows = store::list_audit(s, {});
    REQUIRE(rows.ok());
    size_t n = 0;
    for (const auto& r : *rows) n += r.event.action == action;
    return n;
}

}  // namespace

TEST_CASE("person file export: HTML and XLSX, each audited", "[store][person]") {
    Fixture fx("person-export");
    fx.load_demo();
    auto f =
        load_person_file(fx.store, fx.lead, "511408", kToday, Lang::zh, WorkCalendar{}, {}, kNow);
    REQUIRE(f.ok());
    REQUIRE_FALSE(f->records.empty());
    const fs::path out = fx.dir / "exports";
    fs::create_directories(out);

    auto html = export_person_file(fx.store, fx.lead, *f, PersonFileFormat::html, out, kNow);
    REQUIRE(html.ok());
    CHECK(html->filename() == "person-511408-2026-12-01.html");
    auto bytes = read_file(*html);
    REQUIRE(bytes.ok());
    const std::string text(bytes->begin(), bytes->end());
    CHECK(text.find("工号") != std::string::npos);
    CHECK(text.find(f->person.name) != std::string::npos);
    CHECK(text.find("@page") != std::string::npos);  // the A4 print CSS
    CHECK(text.find("2026-12-01") != std::string::npos);
    CHECK((fs::status(*html).permissions() & fs::perms::others_read) == fs::perms::none);

    auto xlsx = export_person_file(fx.store, fx.lead, *f, PersonFileFormat::xlsx, out, kNow);
    REQUIRE(xlsx.ok());
    auto names = read_file(*xlsx);
    REQUIRE(names.ok());
    auto sheets = xlsx_sheet_names(sk::ByteView(*names));
    REQUIRE(sheets.ok());
    CHECK(*sheets == std::vector<std::string>{"基本信息", "档案记录"});
    auto basic = read_xlsx_file(*xlsx, "基本信息");
    REQUIRE(basic.ok());
    REQUIRE(basic->rows.size() == 8);  // header + 7 fields
    CHECK(basic->rows[1].cells[1].text == "511408");
    CHECK(basic->rows[2].cells[1].text == f->person.name);
    auto records = read_xlsx_file(*xlsx, "档案记录");
    REQUIRE(records.ok());
    REQUIRE(records->rows.size() == f->records.size() + 1);
    CHECK(records->rows[0].cells[0].text == "日期");
    // Dates are real dates (serials), in the file's order.
    const auto& first = records->rows[1].cells[0];
    CHECK(first.kind == XlsxValue::Kind::number);
    CHECK(xlsx_serial_to_day(first.number) == f->records.front().day);
    CHECK(records->rows[1].cells[2].text == f->records.front().title);

    CHECK(audit_count(fx.store, "person.export") == 2);
    auto rows = store::list_audit(fx.store, {});
    REQUIRE(rows.ok());
    CHECK(rows->back().event.object_id == "511408");
    CHECK(rows->back().event.after.find("xlsx person-511408") == 0);
}

TEST_CASE("person file export: refused for the statistician, nothing written", "[store][person]") {
    Fixture fx("person-export-denied");
    fx.load_demo();
    auto f =
        load_person_file(fx.store, fx.lead, "511408", kToday, Lang::en, WorkCalendar{}, {}, kNow);
    REQUIRE(f.ok());
    const size_t before = audit_count(fx.store, "person.export");
    auto r =
        export_person_file(fx.store, fx.statistician, *f, PersonFileFormat::html, fx.dir, kNow);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == sk::Errc::permission_denied);
    CHECK_FALSE(fs::exists(person_file_export_path(*f, PersonFileFormat::html, fx.dir)));
    CHECK(audit_count(fx.store, "person.export") == before);
    // A directory that does not exist: an error, and no audit row either.
    auto missing =
        export_person_file(fx.store, fx.lead, *f, PersonFileFormat::xlsx, fx.dir / "nope", kNow);
    REQUIRE_FALSE(missing.ok());
    CHECK(audit_count(fx.store, "person.export") == before);
}

TEST_CASE("absence problems name their field, all at once", "[absence]") {
    StaffMember p{"1", "王喆", "U1", "专任教师", "在编", true};
    AbsenceLookups lk{[&](const std::string& no) { return no == "1" ? &p : nullptr; },
                      [](const std::string& u) { return u == "U1"; }};
    AbsenceEntry e;
    e.staff_no = "1";
    e.unit_code = "U1";
    e.category = AbsenceCategory::other;
    e.category_text = "照顾病重家属";
    e.since = 20261102;
    CHECK(absence_problems(e, lk, 20261201).empty());
    e.category_text.clear();
    e.deadline = 20261001;  // before since
    e.handling = Handling::ordered_back;
    e.recovered_fen = -1;
    auto problems = absence_problems(e, lk, 20261201);
    std::vector<AbsenceField> fields;
    for (const auto& pr : problems) fields.push_back(pr.field);
    CHECK(fields == std::vector<AbsenceField>{AbsenceField::category_text, AbsenceField::deadline,
                                              AbsenceField::recovered});
    CHECK(problems[1].message.find("before 'since'") != std::string::npos);
    // validate_absence refuses with the first of them, as before.
    auto v = validate_absence(e, lk, 20261201);
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().message == problems.front().message);
    e.deadline = 0;  // ordered back without a deadline
    problems = absence_problems(e, lk, 20261201);
    REQUIRE(problems.size() == 3);
    CHECK(problems[1].field == AbsenceField::deadline);
    CHECK(problems[1].message.find("needs a deadline") != std::string::npos);
}
