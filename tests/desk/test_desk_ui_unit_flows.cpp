// Headless flows through the real views for the unit page, the person file's exports and
// the absence edit form: clicks, typing, Enter and Esc as a clerk would use them.
#include <catch2/catch.hpp>

#include <filesystem>

#include "desk_ui_harness.hpp"
#include "sk/bureau/xlsx_reader.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

TEST_CASE("desk UI: open a unit from a case's unit link, Esc goes back", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.cases");
    bool linked = false;
    for (int i = 0; i < 12 && !linked; ++i) {
        h.click("cases.row#" + std::to_string(i));
        REQUIRE(h.desk().screen() == Screen::case_file);
        linked = h.has("case.unit");
        if (!linked) {
            h.press(ImGuiKey_Escape);
            REQUIRE(h.desk().screen() == Screen::cases);
        }
    }
    REQUIRE(linked);
    const std::string no = h.desk().case_file()->row.case_no;
    h.click("case.unit");
    REQUIRE(h.desk().screen() == Screen::unit);
    const UnitPage* p = h.desk().unit_page();
    REQUIRE(p);
    CHECK(h.shows(p->unit.name));
    CHECK(h.shows("季度考核得分"));
    CHECK(h.shows("计算过程"));
    CHECK(h.shows(no));  // the case is among the unit's cases
    CHECK(h.has("unit.staff#0"));
    h.press(ImGuiKey_Escape);
    CHECK(h.desk().screen() == Screen::case_file);
    CHECK(h.desk().case_file()->row.case_no == no);
}

TEST_CASE("desk UI: a person's file exported to HTML and XLSX, and printed", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.people");
    h.click("people.search");
    h.type("511408");
    h.click("people.find");
    h.click("people.row#0");
    REQUIRE(h.desk().person_staff_no() == "511408");
    h.click("people.export_html");
    const fs::path dir = h.fixture().config.export_dir;
    CHECK(fs::exists(dir / "person-511408-2026-12-01.html"));
    CHECK(h.shows("已导出"));
    h.click("people.export_xlsx");
    const fs::path xlsx = dir / "person-511408-2026-12-01.xlsx";
    auto basic = bureau::read_xlsx_file(xlsx, "基本信息");
    REQUIRE(basic.ok());
    CHECK(basic->rows[0].cells[0].text == "项目");
    CHECK(basic->rows[1].cells[1].text == "511408");
    h.click("people.print");
    CHECK(h.shows("已生成打印文件"));
    CHECK(h.shows((dir / "person-511408-2026-12-01.html").string()));
    CHECK(audit_rows(h.fixture(), "person.export") == 3);
}

TEST_CASE("desk UI: edit an absence entry, a bad date shown beside its field", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.absences");
    REQUIRE(h.desk().absences());
    const int64_t id = h.desk().absences()->rows().front().entry.id;
    h.click("absence.row#0");  // selects
    CHECK(h.desk().selected(DeskTable::absences) == size_t(0));
    CHECK(h.desk().active_table() == DeskTable::absences);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK_FALSE(h.desk().absence_edit().active());
    h.press(ImGuiKey_Enter);  // opens
    REQUIRE(h.desk().absence_edit().active());
    CHECK(h.desk().absence_edit().original().id == id);
    CHECK(h.shows("修改离岗登记"));
    const size_t audited = audit_rows(h.fixture(), "absence.set");

    h.click("absence.edit.since");
    h.type("x");  // "2024-10-03x"
    h.click("absence.save");
    CHECK(h.shows("不是日期"));
    CHECK(h.desk().absence_edit().active());
    CHECK(audit_rows(h.fixture(), "absence.set") == audited);
    h.click("absence.edit.since");
    h.press(ImGuiKey_End);
    h.press(ImGuiKey_Backspace);
    h.click("absence.edit.note");
    h.type("已电话联系");
    h.click("absence.save");
    CHECK_FALSE(h.desk().absence_edit().active());
    CHECK(h.shows("已保存"));
    CHECK(audit_rows(h.fixture(), "absence.set") == audited + 1);
    const auto& top = h.desk().absences()->rows().front().entry;
    CHECK(top.id == id);
    CHECK(top.note.find("已电话联系") != std::string::npos);

    // Enter again, then Esc closes the form without storing anything.
    h.click("absence.row#0");
    h.press(ImGuiKey_Enter);
    REQUIRE(h.desk().absence_edit().active());
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.desk().absence_edit().active());
    CHECK(audit_rows(h.fixture(), "absence.set") == audited + 1);
}
