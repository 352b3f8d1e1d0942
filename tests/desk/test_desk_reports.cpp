// Reports through the bureau core: surveys listed, statistics with the CLI's threshold,
// exports written; the demo builder and the string table.
#include <catch2/catch.hpp>

#include <filesystem>

#include "desk_fixture.hpp"
#include "sk/desk/strings.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

TEST_CASE("desk reports: statistics hide small groups, exports are written", "[desk]") {
    DeskFixture f;
    f.login();
    const ReportsModel& m = f.desk->reports();
    REQUIRE(m.surveys().size() == 2);
    f.desk->dispatch(intent::SelectSurvey{0});
    REQUIRE(m.stats());
    const auto& st = *m.stats();
    CHECK(st.overall.respondents > 0);
    // 60 responses over 2 surveys and 3 schools: every school with fewer than 5 answers
    // is hidden, exactly as the CLI would.
    for (const auto& g : st.schools) {
        if (g.respondents < st.min_group) CHECK(g.hidden);
        if (g.hidden) CHECK(g.questions.empty());
    }
    f.desk->dispatch(intent::ExportReport{ReportFormat::html});
    CHECK_FALSE(f.desk->message_is_error());
    CHECK(fs::exists(f.config.export_dir / (st.survey_id + "-report.html")));
    f.desk->dispatch(intent::ExportReport{ReportFormat::csv});
    CHECK(fs::exists(f.config.export_dir / (st.survey_id + "-report.csv")));
    // Out of range: refused.
    f.desk->dispatch(intent::SelectSurvey{7});
    CHECK(f.desk->message_is_error());
}

TEST_CASE("desk demo: refuses a home that holds a bureau, data holds rare hanzi", "[desk]") {
    DeskFixture f;
    auto again = make_demo_bureau(f.home, source_dir() / "assets", small_demo());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Errc::already_exists);
    f.login();
    bool rare = false;
    for (const auto& s : f.desk->data_strings()) {
        rare |= s.find("堃") != std::string::npos || s.find("昇") != std::string::npos;
    }
    CHECK(rare);
}

TEST_CASE("desk strings: both languages, statuses labelled", "[desk]") {
    CHECK(std::string(tr(Lang::zh, "nav.cases")) == "举报台账");
    CHECK(std::string(tr(Lang::en, "nav.cases")) == "Cases");
    CHECK(status_label(Lang::zh, "new") == "新收");
    CHECK(status_label(Lang::en, "under_verification") == "under verification");
    CHECK_FALSE(has_string("no.such.key"));
    CHECK(all_strings().size() > 100);
}
