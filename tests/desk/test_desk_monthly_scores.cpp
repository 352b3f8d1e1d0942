// The Reports screen's monthly report and unit scores: the core's reports as the CLI makes
// them, and the exports (HTML, CSV, XLSX read back with the project's reader) into the
// chosen folder.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>

#include "desk_fixture.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/xlsx_reader.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {
void type_into(Desk& d, FormField f, const std::string& s) {
    std::memset(d.buffer(f), 0, d.capacity(f));
    std::memcpy(d.buffer(f), s.data(), s.size());
}
}  // namespace

TEST_CASE("desk monthly report: the core's report, exported as HTML, CSV and XLSX", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    CHECK(d.text(FormField::month) == "2026-11");  // the month before the fixture's today
    d.dispatch(intent::ShowReportsTab{intent::ReportsTab::monthly});
    REQUIRE(d.monthly().report());
    CHECK(d.monthly().report()->report.tips_received > 0);

    // The same tables as the CLI's report (the core's full_monthly_report).
    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto core = bureau::full_monthly_report(s->store, s->actor, "2026-11", bureau::kDefaultMinGroup,
                                            &d.categories(), "zh-CN");
    REQUIRE(core.ok());
    const auto tables = bureau::monthly_report_tables(core->report);
    REQUIRE(d.monthly().tables().size() == tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
        CHECK(d.monthly().tables()[i].title == tables[i].title);
        CHECK(d.monthly().tables()[i].rows.size() == tables[i].rows.size());
    }

    // A month that is not one: the core's refusal; the report shown stays.
    type_into(d, FormField::month, "2026-13");
    d.dispatch(intent::LoadMonthly{});
    CHECK(d.message_is_error());
    CHECK(d.monthly().report()->report.month == "2026-11");

    d.dispatch(intent::ExportMonthly{ReportFormat::xlsx});
    REQUIRE_FALSE(d.message_is_error());
    const fs::path xlsx = d.export_folder().dir() / "monthly-report-2026-11.xlsx";
    CHECK(d.message().find(xlsx.string()) != std::string::npos);
    auto book = bureau::read_file(xlsx);
    REQUIRE(book.ok());
    auto names = bureau::xlsx_sheet_names(*book);
    REQUIRE(names.ok());
    REQUIRE(names->size() == tables.size());
    auto first = bureau::read_xlsx_sheet(*book, names->front());
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->rows.empty());
    CHECK(first->rows.front().cells.front().text == tables.front().header.front());
    for (auto fmt : {ReportFormat::html, ReportFormat::csv}) {
        d.dispatch(intent::ExportMonthly{fmt});
        CHECK_FALSE(d.message_is_error());
    }
    CHECK(fs::exists(d.export_folder().dir() / "monthly-report-2026-11.html"));
    CHECK(fs::exists(d.export_folder().dir() / "monthly-report-2026-11.csv"));
}

TEST_CASE("desk unit scores: the core's table, quarter picker, export folder", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    d.dispatch(intent::ShowReportsTab{intent::ReportsTab::scores});
    REQUIRE(d.scores().table());
    CHECK(bureau::format_quarter(d.scores().quarter()) == "2026Q4");

    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto rules = bureau::load_score_rules(source_dir() / "assets/bureau/score-rules.json");
    REQUIRE(rules.ok());
    auto q = bureau::parse_quarter("2026Q4");
    auto core = bureau::unit_score_table(s->store, s->actor, *rules, *q, "zh-CN");
    REQUIRE(core.ok());
    const auto expect = bureau::unit_score_out_table(*core, *q, false);
    REQUIRE(d.scores().table()->rows == expect.rows);
    // The demo's substantiated kiosk cases are linked to units: some lost points.
    bool deducted = false;
    for (const auto& r : *core) deducted |= r.score.loss > 0;
    CHECK(deducted);
    CHECK(d.scores().table()->header == expect.header);

    d.dispatch(intent::ShiftQuarter{-1});
    CHECK(bureau::format_quarter(d.scores().quarter()) == "2026Q3");
    d.dispatch(intent::ShiftQuarter{+1});
    CHECK(bureau::format_quarter(d.scores().quarter()) == "2026Q4");

    // The export folder: a typed path that is no folder is refused; into a sub-folder.
    type_into(d, FormField::export_dir, (f.tmp.path() / "no-such-dir").string());
    d.dispatch(intent::ExportDirTo{});
    CHECK(d.message_is_error());
    const fs::path sub = d.export_folder().dir() / "季度";
    fs::create_directories(sub);
    type_into(d, FormField::export_dir, d.export_folder().dir().string());
    d.dispatch(intent::ExportDirTo{});
    size_t entry = d.export_folder().entries().size();
    for (size_t i = 0; i < d.export_folder().entries().size(); ++i) {
        if (d.export_folder().entries()[i].name == "季度") entry = i;
    }
    REQUIRE(entry < d.export_folder().entries().size());
    d.dispatch(intent::ExportDirEnter{entry});
    CHECK(d.export_folder().dir() == sub);

    d.dispatch(intent::ExportScores{ReportFormat::xlsx});
    REQUIRE_FALSE(d.message_is_error());
    auto sheet = bureau::read_xlsx_file(sub / "unit-scores-2026Q4.xlsx");
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == expect.rows.size() + 1);  // the header row
    for (size_t r = 0; r < expect.rows.size(); ++r) {
        CHECK(sheet->rows[r + 1].cells[1].text == expect.rows[r][1]);               // unit code
        CHECK(sheet->rows[r + 1].cells[6].number == std::stod(expect.rows[r][6]));  // score
    }
    d.dispatch(intent::ExportScores{ReportFormat::csv});
    CHECK(fs::exists(sub / "unit-scores-2026Q4.csv"));
    d.dispatch(intent::ExportScores{ReportFormat::html});
    CHECK(fs::exists(sub / "unit-scores-2026Q4.html"));

    // A folder removed after it was chosen: the export is refused with a line, not written.
    fs::remove_all(sub);
    d.dispatch(intent::ExportScores{ReportFormat::csv});
    CHECK(d.message_is_error());
    CHECK_FALSE(fs::exists(sub));
}

TEST_CASE("desk monthly report: small groups hidden for the statistician as in the CLI", "[desk]") {
    DeskFixture f;
    f.login(kDemoStatsPassphrase, kDemoStatsUser);
    Desk& d = *f.desk;
    d.dispatch(intent::ShowReportsTab{intent::ReportsTab::monthly});
    REQUIRE(d.monthly().report());
    auto s = bureau::unlock(f.home, kDemoStatsUser, kDemoStatsPassphrase);
    REQUIRE(s.ok());
    auto core = bureau::full_monthly_report(s->store, s->actor, "2026-11", bureau::kDefaultMinGroup,
                                            &d.categories(), "zh-CN");
    REQUIRE(core.ok());
    const auto& shown = d.monthly().report()->report.participation;
    REQUIRE(shown.size() == core->report.participation.size());
    REQUIRE_FALSE(shown.empty());
    for (size_t i = 0; i < shown.size(); ++i) {
        CHECK(shown[i].hidden == core->report.participation[i].hidden);
        CHECK(shown[i].responses == core->report.participation[i].responses);
        // A group is either hidden (no count shown) or at least the threshold.
        if (shown[i].hidden) CHECK(shown[i].responses == 0);
        if (!shown[i].hidden) CHECK(shown[i].responses >= bureau::kDefaultMinGroup);
    }
}

TEST_CASE("desk survey report: XLSX export holds the core's tables", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    d.dispatch(intent::SelectSurvey{0});
    REQUIRE(d.reports().stats());
    d.dispatch(intent::ExportReport{ReportFormat::xlsx});
    REQUIRE_FALSE(d.message_is_error());
    const auto& st = *d.reports().stats();
    auto book = bureau::read_file(d.export_folder().dir() / (st.survey_id + "-report.xlsx"));
    REQUIRE(book.ok());
    auto names = bureau::xlsx_sheet_names(*book);
    REQUIRE(names.ok());
    bureau::SurveyReportOptions o;
    o.generated = "2026-12-01";
    CHECK(names->size() == bureau::survey_report_tables(st, o).size());
}
