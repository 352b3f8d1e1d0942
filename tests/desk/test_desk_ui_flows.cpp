// Headless flows through the real views: log in, import the demo stick and write back,
// open a case and change its status, export a report, lock on idle; plus what must never
// be on screen (raw string keys, case data after the lock).
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <regex>

#include "desk_ui_harness.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/font_discovery.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {

// "nav.cases"-like text on screen means a view used a key the table lacks.
void no_raw_keys(DeskUiHarness& h) {
    static const std::regex key(R"(^[a-z_]+\.[a-z_.]+$)");
    for (const auto& t : h.hits().texts()) {
        INFO(t);
        CHECK_FALSE(std::regex_match(t, key));
    }
}

}  // namespace

TEST_CASE("desk UI: log in, import the stick, write back", "[desk_ui]") {
    DeskUiHarness h;
    CHECK(h.shows("口令"));
    log_in(h);
    CHECK(h.shows("今日概况"));
    no_raw_keys(h);
    h.click("nav.import");
    REQUIRE(h.desk().screen() == Screen::import);
    h.click("import.run");
    const_cast<ImportJob&>(h.desk().import_job()).wait();  // the worker reached its end
    h.settle();
    REQUIRE(h.desk().import_job().summary());
    CHECK(h.desk().import_job().summary()->imported == h.fixture().demo.stick_batches);
    CHECK(h.shows("已导入"));
    h.click("import.write_back");
    REQUIRE(h.desk().written_back());
    CHECK(h.shows(".skboard"));
    no_raw_keys(h);
}

TEST_CASE("desk UI: open a case, change its status, reply", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.cases");
    REQUIRE(h.desk().screen() == Screen::cases);
    CHECK(h.shows("T-2026-"));
    // Search narrows the table as the clerk types.
    h.click("cases.search");
    h.type("堃");
    const size_t narrowed = h.desk().cases()->shown();
    CHECK(narrowed < h.desk().cases()->total());
    CHECK(h.shows("堃"));
    const int builds = h.atlas_builds();
    h.click("cases.row#0");
    REQUIRE(h.desk().screen() == Screen::case_file);
    CHECK(h.atlas_builds() >= builds);  // the tip's characters were baked if new
    const std::string no = h.desk().case_file()->row.case_no;
    REQUIRE_FALSE(h.desk().case_file()->next.empty());
    const std::string to(bureau::case_state_name(h.desk().case_file()->next.front()));
    h.click("case.note");
    h.type("已电话联系学校核实");
    h.click("case.to." + to);
    CHECK(h.desk().case_file()->row.status == to);
    CHECK(h.desk().case_file()->history.back().note == "已电话联系学校核实");
    CHECK(h.shows("已电话联系学校核实"));
    h.click("case.back");
    CHECK(h.desk().screen() == Screen::cases);
    no_raw_keys(h);
}

TEST_CASE("desk UI: add an absence entry, refusal shown beside the form", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.absences");
    REQUIRE(h.desk().screen() == Screen::absences);
    CHECK(h.shows("离岗登记"));
    const size_t before = h.desk().absences()->rows().size();
    // An unknown staff number: the core's line on screen, nothing added.
    h.click("absence.staff_no");
    h.type("999999");
    h.click("absence.since");
    h.type("2026-11-20");
    h.click("absence.add");
    CHECK(h.shows("人员库中没有工号"));  // the Chinese form speaks Chinese
    CHECK(h.desk().absences()->rows().size() == before);
    // Corrected: a known person, category picked on the form.
    // The harness has no key events: the field is emptied as a select-all + delete would.
    std::memset(h.desk().buffer(Field::staff_no), 0, h.desk().capacity(Field::staff_no));
    h.click("absence.staff_no");
    h.type("510001");
    h.click("absence.cat.unauthorised");
    CHECK(h.desk().absence_form_category() == bureau::AbsenceCategory::unauthorised);
    h.click("absence.note");
    h.type("督导检查发现");
    h.click("absence.add");
    INFO(h.desk().absence_form_error());
    CHECK(h.desk().absence_form_error().empty());
    REQUIRE(h.desk().absences()->rows().size() == before + 1);
    CHECK(h.desk().absences()->rows().front().entry.note == "督导检查发现");
    CHECK(h.shows("督导检查发现"));
    CHECK(h.shows("任梓明"));
    no_raw_keys(h);
    // The person's file on the People screen holds the new entry.
    h.click("nav.people");
    REQUIRE(h.desk().screen() == Screen::people);
    h.click("people.search");
    h.type("任梓明");
    h.click("people.find");
    h.click("people.row#0");
    CHECK(h.shows("督导检查发现"));
    no_raw_keys(h);
}

TEST_CASE("desk UI: reports with charts, export, language switch", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.reports");
    h.click("reports.survey#1");
    REQUIRE(h.desk().reports().stats());
    CHECK(h.shows("答卷人数"));
    h.click("reports.export_html");
    const auto path =
        h.fixture().config.export_dir / (h.desk().reports().stats()->survey_id + "-report.html");
    CHECK(fs::exists(path));
    h.click("lang.switch");
    CHECK(h.desk().lang() == Lang::en);
    CHECK(h.shows("Respondents"));
    no_raw_keys(h);
}

TEST_CASE("desk UI: a statistician is offered reports only", "[desk_ui]") {
    DeskUiHarness h;
    h.click("login.user");
    h.type(kDemoStatsUser);
    h.click("login.passphrase");
    h.type(kDemoStatsPassphrase);
    h.click("login.submit");
    REQUIRE(h.desk().screen() == Screen::today);
    CHECK(h.shows("统计员"));
    CHECK(h.has("nav.reports"));
    CHECK_FALSE(h.has("nav.cases"));
    CHECK_FALSE(h.has("nav.import"));
    CHECK_FALSE(h.has("nav.absences"));
    CHECK_FALSE(h.has("today.open_cases"));
    CHECK_FALSE(h.shows("T-2026-"));
    h.click("nav.reports");
    h.click("reports.survey#0");
    CHECK(h.desk().reports().stats());
}

TEST_CASE("desk UI: idle lock blanks the screen and recycles the ImGui context", "[desk_ui]") {
    DeskUiHarness h;
    log_in(h);
    h.click("nav.cases");
    h.click("cases.row#0");
    const std::string no = h.desk().case_file()->row.case_no;
    CHECK(h.shows(no));
    const int before = h.recycles();
    h.fixture().clock.advance_ms(10 * 60 * 1000);
    h.settle();
    CHECK(h.desk().screen() == Screen::login);
    CHECK(h.recycles() == before + 1);
    CHECK_FALSE(h.shows(no));
    CHECK_FALSE(h.shows("T-2026-"));
    CHECK(h.shows("屏幕已锁定"));
    // The fresh context keeps the desk's settings: no imgui.ini, no clipboard.
    CHECK(ImGui::GetIO().IniFilename == nullptr);
    ImGui::SetClipboardText("T-2026-0001");
    const char* clip = ImGui::GetClipboardText();
    CHECK((clip == nullptr || std::string(clip).empty()));
}

TEST_CASE("desk fonts: characters outside GB2312 in the data are baked on demand", "[desk_ui]") {
    kiosk::ui::install_zero_on_free_allocator();
    auto font = kiosk::platform::find_cjk_font();
    REQUIRE(font.ok());
    ui::FontBaker baker(*font, 18, 26, true);  // with GB2312 level 1, as the app
    // 喆 堃 昇 are not among GB2312's common hanzi: a name holding them is new to the atlas.
    CHECK(baker.add({"王喆", "李堃", "张昇"}));
    CHECK_FALSE(baker.add({"王喆"}));  // already in
    auto built = baker.build();
    REQUIRE(built.ok());
    for (const ImFont* f : {built->body, built->title}) {
        CHECK(kiosk::platform::missing_glyphs(f, {"王喆", "李堃", "张昇"}).empty());
    }
}
