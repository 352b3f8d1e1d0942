// A failed commit (full database) shows a clear message, keeps every typed byte, and a retry
// after space is back succeeds. Success is only shown after the commit returned.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../common/file_size_limit.hpp"
#include "kiosk_test_util.hpp"
#include "test_access.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;
using sk::storage::KioskStoreTestAccess;
using sk::testing::FileSizeLimit;

namespace {

// Fills the database up to a cap (PRAGMA max_page_count through storage's own test hook),
// with filler rows of shrinking size so no free page or gap in a page is left.
void fill_disk(App& app) {
    auto& db = KioskStoreTestAccess::db(app.store());
    auto pages = db.query_int("PRAGMA page_count", "test");
    REQUIRE(pages.ok());
    REQUIRE(db.query_int("PRAGMA max_page_count = " + std::to_string(*pages + 4), "test").ok());
    REQUIRE(db.exec("CREATE TABLE IF NOT EXISTS test_filler(b BLOB)", "test").ok());
    for (int size : {4000, 1000, 200, 20}) {
        for (int i = 0; i < 1000; ++i) {
            auto r =
                db.exec("INSERT INTO test_filler VALUES (randomblob(" + std::to_string(size) + "))",
                        "test");
            if (!r) break;
        }
    }
    // And the gaps in the records table's own pages (a rowid table since kiosk schema 7: a
    // ~2 KB tip fits in a gap there without a new page). Filler rows are survey responses,
    // so the test's tip count stays its own.
    for (int size : {2000, 500, 100}) {
        for (int i = 0; i < 1000; ++i) {
            auto r = db.exec(
                "INSERT INTO sealed_records (rid, id, kind, survey_id, day, envelope) VALUES "
                "(abs(random()), randomblob(16), 2, 'test-filler', 20240101, randomblob(" +
                    std::to_string(size) + "))",
                "test");
            if (!r) break;
        }
    }
}

void free_disk(App& app) {
    auto& db = KioskStoreTestAccess::db(app.store());
    REQUIRE(db.query_int("PRAGMA max_page_count = 1000000", "test").ok());
    REQUIRE(db.exec("DELETE FROM sealed_records WHERE survey_id = 'test-filler'", "test").ok());
}

}  // namespace

TEST_CASE("submit: disk full keeps the tip for a retry, which then succeeds", "[submit]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    app.dispatch(intent::StartTip{});
    app.dispatch(intent::Next{});
    app.dispatch(intent::ChooseTipCategory{3});
    app.dispatch(intent::Next{});
    const std::string unit = "县第二中学";
    const std::string what = "考勤表由他人代签，已持续一学期。" + std::string(1500, 'x');
    char* unit_p = type_into(app, field::tip_unit, unit);
    app.dispatch(intent::Next{});
    char* what_p = type_into(app, field::tip_what, what);
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::tip_review);

    fill_disk(app);
    const uint64_t gen = app.wipe_generation();
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::submit_error);
    CHECK(app.view().submit_error.message.find("存储空间已满") != std::string::npos);
    CHECK(app.view().submit_error.back_to == Screen::tip_review);
    CHECK(app.view().receipt.code.empty());  // no code shown for a tip that was not stored
    CHECK(app.wipe_generation() == gen);     // nothing wiped
    CHECK(std::string(unit_p) == unit);
    CHECK(std::string(what_p) == what);
    CHECK(app.store().counts()->tips == 0);

    // Retry while still full: same message, still nothing lost.
    app.dispatch(intent::Submit{});
    CHECK(app.view().screen == Screen::submit_error);
    CHECK(std::string(what_p) == what);

    free_disk(app);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    std::string code(app.view().receipt.code);
    auto recs = open_all_records(app);
    REQUIRE(recs.size() == 1);
    auto j = nlohmann::json::parse(recs[0]);
    CHECK(j["unit"] == unit);
    CHECK(j["what"] == what);
    CHECK(j["receipt"] == code);
}

TEST_CASE("submit: file size limit (disk full) on a survey response, back to review, retry",
          "[submit]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    app.dispatch(intent::StartSurvey{"parent-satisfaction-2026"});
    app.dispatch(intent::Next{});
    for (int opt : {1, 3, 3, 4, 1, 0}) {  // ..., absent_often = yes
        app.dispatch(intent::ChooseOption{opt});
        app.dispatch(intent::Next{});
    }
    REQUIRE(app.view().survey.question.id == "absent_subjects");
    const std::string subjects = "体育、音乐";
    char* p = type_into(app, app.view().survey.question.field, subjects);
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::survey_review);
    // The review is incomplete ("overall" is required): submit goes to it first.
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().survey.question.id == "overall");
    app.dispatch(intent::ChooseOption{9});
    app.dispatch(intent::Review{});

    {
        FileSizeLimit full(dir / "data");
        app.dispatch(intent::Submit{});
        REQUIRE(app.view().screen == Screen::submit_error);
        CHECK(app.view().submit_error.message.find("存储空间已满") != std::string::npos);
        app.dispatch(intent::Back{});
        CHECK(app.view().screen == Screen::survey_review);
        CHECK(std::string(p) == subjects);
        CHECK(app.store().counts()->survey_responses == 0);
    }
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::survey_thanks);
    auto j = nlohmann::json::parse(open_all_records(app).at(0));
    CHECK(j["answers"]["absent_subjects"] == subjects);
    CHECK(j["answers"]["absent_often"] == "yes");
    CHECK(j["answers"]["overall"] == 9);
}
