// The unit page (from the People search and from a case's unit link), the person file's
// exports and the row keys, through the desk core on the demo bureau.
#include <catch2/catch.hpp>

#include "desk_fixture.hpp"
#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/quarter.hpp"
#include "sk/bureau/xlsx_reader.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {

// Opens cases from the Cases table until one is linked to a unit; its case number.
std::string open_linked_case(DeskFixture& f) {
    f.desk->dispatch(intent::Navigate{Screen::cases});
    const CaseIndex* ix = f.desk->cases();
    REQUIRE(ix);
    std::vector<std::string> nos;
    for (size_t i = 0; i < ix->shown(); ++i) nos.push_back(*ix->row(i).case_no);
    for (const auto& no : nos) {
        f.desk->dispatch(intent::OpenCase{no});
        REQUIRE(f.desk->screen() == Screen::case_file);
        if (!f.desk->case_unit().empty()) return no;
    }
    FAIL("no case of the demo is linked to a unit");
    return {};
}

}  // namespace

TEST_CASE("desk unit page: found by code or name, with absences, staff and the score",
          "[desk][unit]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::unit});  // no unit opened yet: nothing to show
    CHECK(f.desk->screen() == Screen::today);
    f.desk->dispatch(intent::Navigate{Screen::absences});
    const std::vector<bureau::AbsenceListRow> all = f.desk->absences()->rows();
    f.desk->dispatch(intent::Navigate{Screen::people});
    type(*f.desk, Field::person_search, "u00");  // codes match without case
    f.desk->dispatch(intent::SearchPeople{});
    REQUIRE(f.desk->units_found().size() == 9);
    for (const auto& u : f.desk->units_found()) CHECK(u.code.rfind("U00", 0) == 0);
    type(*f.desk, Field::person_search, "城关镇中学");
    f.desk->dispatch(intent::SearchPeople{});
    REQUIRE(f.desk->units_found().size() == 1);
    const bureau::Unit unit = f.desk->units_found().front();
    CHECK(unit.code == "U004");

    // Enter opens nothing until a row is selected; then the unit page.
    f.desk->dispatch(intent::OpenSelected{DeskTable::units});
    CHECK(f.desk->screen() == Screen::people);
    f.desk->dispatch(intent::SelectRow{DeskTable::units, 0});
    f.desk->dispatch(intent::OpenSelected{DeskTable::units});
    REQUIRE(f.desk->screen() == Screen::unit);
    const UnitPage* p = f.desk->unit_page();
    REQUIRE(p);
    CHECK(p->unit.name == "城关镇中学");
    CHECK(p->cases_readable);
    REQUIRE_FALSE(p->staff.empty());
    for (const auto& s : p->staff) CHECK(s.unit_code == "U004");
    // Current and past absences are the register's rows of this unit, split on today.
    size_t of_unit = 0;
    for (const auto& r : all) of_unit += r.entry.unit_code == "U004";
    CHECK(p->current.size() + p->past.size() == of_unit);
    for (const auto& r : p->current) CHECK(bureau::is_open_on(r.entry, f.clock.s->today));
    for (const auto& r : p->past) CHECK_FALSE(bureau::is_open_on(r.entry, f.clock.s->today));
    // The score of this quarter, with its calculation.
    CHECK(bureau::format_quarter(p->quarter) == "2026Q4");
    REQUIRE(p->score);
    const auto& sc = p->score->score;
    CHECK(sc.unit == "U004");
    CHECK(sc.total == sc.base + sc.gain - sc.loss);
    CHECK(p->score->explanation.find(std::to_string(sc.total)) != std::string::npos);
    CHECK(p->rank >= 1);
    CHECK(p->rank <= p->units_scored);
    f.desk->dispatch(intent::SetUnitQuarter{p->quarter.previous()});
    REQUIRE(f.desk->unit_page());
    CHECK(bureau::format_quarter(f.desk->unit_page()->quarter) == "2026Q3");
    CHECK(f.desk->unit_page()->unit.code == "U004");

    // No case text or caller data is kept for the list.
    for (const auto& c : f.desk->unit_page()->cases) {
        CHECK(c.body.empty());
        CHECK(c.source.empty());
    }
    // A staff row opens the person file; Esc from the unit page goes back where it came from.
    f.desk->dispatch(intent::SelectRow{DeskTable::unit_staff, 0});
    const std::string staff_no = f.desk->unit_page()->staff.front().staff_no;
    f.desk->dispatch(intent::OpenSelected{DeskTable::unit_staff});
    REQUIRE(f.desk->screen() == Screen::people);
    CHECK(f.desk->person_staff_no() == staff_no);
    CHECK_FALSE(f.desk->person_file().empty());
    f.desk->dispatch(intent::OpenUnit{"U004"});
    REQUIRE(f.desk->screen() == Screen::unit);
    f.desk->dispatch(intent::Back{});
    CHECK(f.desk->screen() == Screen::people);

    f.desk->dispatch(intent::OpenUnit{"U999"});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->screen() == Screen::people);

    f.desk->dispatch(intent::Lock{});
    CHECK(f.desk->unit_page() == nullptr);
    CHECK(f.desk->units_found().empty());
}

TEST_CASE("desk unit page: from a case's unit link and back, its cases open", "[desk][unit]") {
    DeskFixture f;
    f.login();
    const std::string no = open_linked_case(f);
    const std::string code = f.desk->case_unit();
    f.desk->dispatch(intent::OpenCaseUnit{});
    REQUIRE(f.desk->screen() == Screen::unit);
    const UnitPage* p = f.desk->unit_page();
    REQUIRE(p);
    CHECK(p->unit.code == code);
    size_t at = p->cases.size();
    for (size_t i = 0; i < p->cases.size(); ++i) {
        CHECK(p->cases[i].unit_code == code);
        if (p->cases[i].case_no == no) at = i;
    }
    REQUIRE(at < p->cases.size());
    // Esc: back to the case page it came from.
    f.desk->dispatch(intent::Back{});
    REQUIRE(f.desk->screen() == Screen::case_file);
    CHECK(f.desk->case_file()->row.case_no == no);
    // Enter on a case row of the unit page opens that case.
    f.desk->dispatch(intent::OpenCaseUnit{});
    f.desk->dispatch(intent::SelectRow{DeskTable::unit_cases, at});
    f.desk->dispatch(intent::OpenSelected{DeskTable::unit_cases});
    REQUIRE(f.desk->screen() == Screen::case_file);
    CHECK(f.desk->case_file()->row.case_no == no);
    // Esc on a case page: the Cases list.
    f.desk->dispatch(intent::Back{});
    CHECK(f.desk->screen() == Screen::cases);
}

TEST_CASE("desk unit page: refused for the statistician", "[desk][unit]") {
    DeskFixture f;
    f.login(kDemoStatsPassphrase, kDemoStatsUser);
    f.desk->dispatch(intent::OpenUnit{"U004"});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->screen() == Screen::today);
    CHECK(f.desk->unit_page() == nullptr);
}

TEST_CASE("desk person file: export to HTML and XLSX, print, each audited", "[desk][person]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::people});
    f.desk->dispatch(intent::ExportPerson{PersonExportKind::html});  // nobody open yet
    CHECK(f.desk->message_is_error());
    CHECK(audit_rows(f, "person.export") == 0);

    f.desk->dispatch(intent::OpenPerson{"511408"});
    REQUIRE(f.desk->person_staff_no() == "511408");
    const size_t shows = audit_rows(f, "person.show");
    f.desk->dispatch(intent::ExportPerson{PersonExportKind::html});
    REQUIRE_FALSE(f.desk->message_is_error());
    const fs::path html = f.config.export_dir / "person-511408-2026-12-01.html";
    CHECK(f.desk->message().find(html.string()) != std::string::npos);
    auto bytes = bureau::read_file(html);
    REQUIRE(bytes.ok());
    const std::string page(bytes->begin(), bytes->end());
    CHECK(page.find("一人一档") != std::string::npos);
    CHECK(page.find("离岗日期") != std::string::npos);
    CHECK(page.find("2026-12-01") != std::string::npos);

    f.desk->dispatch(intent::ExportPerson{PersonExportKind::xlsx});
    REQUIRE_FALSE(f.desk->message_is_error());
    const fs::path xlsx = f.config.export_dir / "person-511408-2026-12-01.xlsx";
    auto records = bureau::read_xlsx_file(xlsx, "档案记录");
    REQUIRE(records.ok());
    REQUIRE(records->rows.size() >= 2);
    CHECK(records->rows[0].cells[2].text == "事项");
    auto basic = bureau::read_xlsx_file(xlsx, "基本信息");
    REQUIRE(basic.ok());
    CHECK(basic->rows[1].cells[1].text == "511408");

    // Print: the print-ready HTML, and where it is (no browser is launched).
    fs::remove(html);
    f.desk->dispatch(intent::ExportPerson{PersonExportKind::print});
    REQUIRE_FALSE(f.desk->message_is_error());
    CHECK(f.desk->message().find("打印") != std::string::npos);
    CHECK(f.desk->message().find(html.string()) != std::string::npos);
    CHECK(fs::exists(html));

    CHECK(audit_rows(f, "person.export") == 3);
    CHECK(audit_rows(f, "person.show") == shows + 3);  // each export reads the file anew
}
