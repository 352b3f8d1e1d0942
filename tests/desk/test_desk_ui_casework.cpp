// Headless flows through the real views for the case page's ledger forms and the Reports
// screen's monthly report and unit scores: the Cases table by keyboard (Ctrl+F, arrows,
// Enter, Esc), a case worked from new to sanction proposed with a talk and a sanction, the
// monthly report exported as XLSX, the unit scores as the core computes them.
#include <catch2/catch.hpp>

#include <filesystem>

#include "desk_ui_harness.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/followups.hpp"
#include "sk/bureau/xlsx_reader.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {

// A case still "new", by number (read from the core's table, not from the screen).
std::string a_new_case(DeskUiHarness& h) {
    const CaseIndex& ix = *h.desk().cases();
    for (const auto& r : ix.page(0, ix.total())) {
        if (*r.status == "new") return *r.case_no;
    }
    FAIL("the demo has no new case");
    return "";
}

void to_status(DeskUiHarness& h, const char* note, const std::string& status) {
    h.click("section.case.change_status");
    h.click("case.note");
    h.type(note);
    h.click("case.to." + status);
    INFO(h.desk().message());
    REQUIRE(h.desk().case_file()->row.status == status);
}

}  // namespace

TEST_CASE("desk UI: the Cases table by keyboard, a case worked to a sanction", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    const std::string no = a_new_case(h);
    h.click("nav.cases");
    REQUIRE(h.desk().screen() == Screen::cases);

    // Ctrl+F puts the cursor in the search box: typing filters the table.
    h.key('F', true);
    h.type(no);
    REQUIRE(h.desk().cases()->shown() == 1);
    // Enter leaves the box (and opens nothing); the arrows move the row cursor, Enter opens.
    h.key(ImGuiKey_Enter);
    CHECK(h.desk().screen() == Screen::cases);
    CHECK_FALSE(h.desk().case_cursor());
    h.key(ImGuiKey_DownArrow);
    CHECK(h.desk().case_cursor() == std::optional<size_t>(0));
    h.key(ImGuiKey_DownArrow);  // one row shown: the cursor stays on it
    CHECK(h.desk().case_cursor() == std::optional<size_t>(0));
    h.key(ImGuiKey_Enter);
    REQUIRE(h.desk().screen() == Screen::case_file);
    CHECK(h.desk().case_file()->row.case_no == no);
    // Esc goes back to the table; the row opens again with a click.
    h.key(ImGuiKey_Escape);
    REQUIRE(h.desk().screen() == Screen::cases);
    h.click("cases.row#0");
    REQUIRE(h.desk().screen() == Screen::case_file);

    // Only the moves the core allows from "new" are offered.
    CHECK(h.has("case.to.under_verification"));
    CHECK_FALSE(h.has("case.to.talk_held"));
    to_status(h, "转督导组核查", "under_verification");
    to_status(h, "经核查属实", "substantiated");
    CHECK(h.has("case.to.talk_held"));
    CHECK(h.has("case.to.sanction_proposed"));

    // Link the person the case is about.
    h.click("section.case.links");
    h.click("link.staff");
    h.type("510002");
    h.click("link.reason");
    h.type("核实为该教师");
    h.click("case.link");
    CHECK(h.shows("已关联"));
    CHECK(h.desk().case_file()->ledger->staff_no == "510002");

    // The talk (date and "by" prefilled: today, the clerk).
    h.click("section.talk.title");
    h.click("talk.kind.interview");
    h.click("talk.note");
    h.type("提醒其遵守师德规范");
    h.click("talk.add");
    INFO(h.desk().case_errors().refusal);
    CHECK(h.shows("谈话已记录"));
    to_status(h, "已进行提醒谈话", "talk_held");
    CHECK(h.shows("已谈话"));

    // The sanction: without a decision number the message stands beside the field.
    h.click("section.sanction.title");
    h.click("sanction.add");
    CHECK(h.shows("必填"));
    h.click("sanction.decision");
    h.type("教纪〔2026〕5号");
    h.click("sanction.add");
    INFO(h.desk().case_errors().refusal);
    CHECK(h.shows("处分已记录"));
    to_status(h, "拟给予警告处分", "sanction_proposed");
    CHECK(h.shows("拟处分"));
    CHECK_FALSE(h.has("case.to.talk_held"));

    auto s = bureau::unlock(h.fixture().home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto talks = bureau::store::talks_of(s->store, "510002");
    REQUIRE(talks.ok());
    REQUIRE(talks->size() == 1);
    CHECK(talks->front().kind == "interview");
    auto sanctions = bureau::store::sanctions_of(s->store, "510002");
    REQUIRE(sanctions.ok());
    REQUIRE(sanctions->size() == 1);
    CHECK(sanctions->front().decision_no == "教纪〔2026〕5号");
}

TEST_CASE("desk UI: monthly report exported as XLSX, unit scores as the core has them",
          "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.reports");
    h.click("reports.tab_monthly");
    REQUIRE(h.desk().monthly().report());
    const auto& tables = h.desk().monthly().tables();
    REQUIRE_FALSE(tables.empty());
    CHECK(h.shows(tables.front().title));
    h.click("monthly.reports.export_xlsx");
    const fs::path xlsx = h.desk().export_folder().dir() / "monthly-report-2026-11.xlsx";
    CHECK(h.shows(xlsx.string()));  // the path is on screen
    auto book = bureau::read_file(xlsx);
    REQUIRE(book.ok());
    auto names = bureau::xlsx_sheet_names(*book);
    REQUIRE(names.ok());
    CHECK(names->size() == tables.size());

    h.click("reports.tab_scores");
    REQUIRE(h.desk().scores().table());
    CHECK(h.shows("2026Q4"));
    auto s = bureau::unlock(h.fixture().home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto rules = bureau::load_score_rules(source_dir() / "assets/bureau/score-rules.json");
    REQUIRE(rules.ok());
    auto core = bureau::unit_score_table(s->store, s->actor, *rules,
                                         bureau::parse_quarter("2026Q4").value(), "zh-CN");
    REQUIRE(core.ok());
    REQUIRE_FALSE(core->empty());
    for (const auto& r : *core) {
        CHECK(h.shows(r.unit_name));
        CHECK(h.shows(r.explanation));
    }
    h.click("scores.prev");
    CHECK(h.shows("2026Q3"));
    h.click("scores.reports.export_csv");
    CHECK(fs::exists(h.desk().export_folder().dir() / "unit-scores-2026Q3.csv"));
}

TEST_CASE("desk UI: a hotline case in the Cases table opens its case page", "[desk_ui]") {
    DeskUiHarness h;
    const std::string no =
        h.fixture().add_typed_case("hotline", "U003", "来电反映：办事窗口推诿扯皮");
    log_in(h);
    h.click("nav.cases");
    REQUIRE(h.desk().screen() == Screen::cases);
    CHECK(h.has("cases.channel"));  // the channel filter
    CHECK(h.shows("渠道"));         // and its column
    h.key('F', true);
    h.type(no);
    REQUIRE(h.desk().cases()->shown() == 1);
    h.settle();
    CHECK(h.shows(std::string(bureau::channel_label(bureau::Channel::hotline, "zh-CN"))));
    // In English the channel column and filter speak English.
    h.click("lang.switch");
    REQUIRE(h.desk().lang() == Lang::en);
    CHECK(h.shows("Channel"));
    CHECK(h.shows(std::string(bureau::channel_label(bureau::Channel::hotline, "en"))));
    CHECK_FALSE(h.shows(std::string(bureau::channel_label(bureau::Channel::hotline, "zh-CN"))));
    h.click("lang.switch");
    REQUIRE(h.desk().lang() == Lang::zh);
    h.click("cases.row#0");
    REQUIRE(h.desk().screen() == Screen::case_file);
    CHECK(h.desk().case_file()->row.case_no == no);
    // The case's text as the casework core stored it, not "cannot be opened".
    CHECK(h.shows("来电反映：办事窗口推诿扯皮"));
    CHECK(h.shows("来电人 王某"));
    CHECK_FALSE(h.shows("无法打开此条记录"));
    // It is worked like any other case.
    CHECK(h.has("case.to.under_verification"));
    to_status(h, "转督导组核查", "under_verification");
    h.key(ImGuiKey_Escape);
    REQUIRE(h.desk().screen() == Screen::cases);
    CHECK(*h.desk().cases()->row(0).status == "under_verification");
}
