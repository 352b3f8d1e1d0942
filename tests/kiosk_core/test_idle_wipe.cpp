// Idle -> "Still there?" -> wipe, Exit, and the wipe after a submit: the buffers the UI edited
// are inspected through the same pointers before and after.
#include <catch2/catch.hpp>

#include <cstring>

#include "kiosk_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;
using namespace std::chrono_literals;

namespace {
const std::string kSecret = "校长每周只来学校一天 SECRET-7731";

char* start_tip_and_type(App& app) {
    go_home(app);
    app.dispatch(intent::StartTip{});
    app.dispatch(intent::Next{});
    app.dispatch(intent::ChooseTipCategory{2});
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::tip_subject);
    return type_into(app, field::tip_unit, kSecret);
}
}  // namespace

TEST_CASE("idle: still-there countdown, keep going, then wipe to attract", "[idle][wipe]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    CHECK_FALSE(app.next_deadline().has_value());  // attract: nothing to wait for
    char* p = start_tip_and_type(app);
    const size_t cap = app.text_capacity(field::tip_unit);
    REQUIRE(std::string(p) == kSecret);

    // Deadline = idle timeout (default 60 s) after the last input.
    REQUIRE(app.next_deadline().has_value());
    CHECK(*app.next_deadline() == clock.now() + 60s);
    advance(app, clock, 59s);
    CHECK(app.view().overlay == Overlay::none);
    advance(app, clock, 1s);
    REQUIRE(app.view().overlay == Overlay::still_there);
    CHECK(app.view().still_there_seconds == 15);
    CHECK(app.view().screen == Screen::tip_subject);  // underneath, untouched
    CHECK(*app.next_deadline() == clock.now() + 1s);
    advance(app, clock, 5s);
    CHECK(app.view().still_there_seconds == 10);
    CHECK(std::string(p) == kSecret);

    // "I'm here" dismisses and restarts the idle timer.
    app.dispatch(intent::KeepGoing{});
    CHECK(app.view().overlay == Overlay::none);
    CHECK(std::string(p) == kSecret);
    advance(app, clock, 59s);
    CHECK(app.view().overlay == Overlay::none);
    advance(app, clock, 1s);
    REQUIRE(app.view().overlay == Overlay::still_there);

    const uint64_t gen = app.wipe_generation();
    app.mark_drawn();
    advance(app, clock, 14s);
    CHECK(app.view().still_there_seconds == 1);
    CHECK(std::string(p) == kSecret);
    advance(app, clock, 1s);
    CHECK(app.view().screen == Screen::attract);
    CHECK(app.view().overlay == Overlay::none);
    CHECK(app.needs_redraw());
    CHECK(app.wipe_generation() > gen);
    // The very bytes ImGui edited are zero (the allocation stays until the next session).
    CHECK(all_zero(p, cap));
    CHECK(app.view().tip.fields.empty());
    CHECK(app.view().tip.review.empty());

    // The next person starts with empty fields (fresh buffers).
    char* p2 = start_tip_and_type(app);
    CHECK(std::string(p2) == kSecret);
    exit_session(app);
    CHECK(all_zero(p2, cap));
}

TEST_CASE("idle: the timeout comes from the store setting", "[idle]") {
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    {
        App app = open_app(cfg);
        REQUIRE(app.store().set_setting("kiosk.idle_timeout_s", "20").ok());
    }
    App app = open_app(cfg);
    go_home(app);
    advance(app, clock, 19s);
    CHECK(app.view().overlay == Overlay::none);
    advance(app, clock, 1s);
    CHECK(app.view().overlay == Overlay::still_there);
    advance(app, clock, 15s);
    CHECK(app.view().screen == Screen::attract);
}

TEST_CASE("wipe: Exit zeroes survey answers and text at once", "[wipe]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    app.dispatch(intent::SetLanguage{Lang::en});
    app.dispatch(intent::StartSurvey{"parent-satisfaction-2026"});
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::survey_question);
    // Jump straight to the last (text) question through the review page.
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::survey_review);
    int last = app.view().survey.review.back().edit_target;
    app.dispatch(intent::EditQuestion{last});
    REQUIRE(app.view().survey.question.kind == QuestionKind::long_text);
    FieldId f = app.view().survey.question.field;
    char* p = type_into(app, f, kSecret);
    size_t cap = app.text_capacity(f);
    uint64_t gen = app.wipe_generation();
    exit_session(app);
    CHECK(app.view().screen == Screen::attract);
    CHECK(app.view().lang == Lang::zh_CN);  // next person gets the default language
    CHECK(app.wipe_generation() > gen);
    CHECK(all_zero(p, cap));
    CHECK(app.view().survey.review.empty());
    CHECK(app.store().counts()->survey_responses == 0);
}

TEST_CASE("wipe: the receipt code is wiped by idle too", "[wipe][idle]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    start_tip_and_type(app);
    app.dispatch(intent::Next{});
    type_into(app, field::tip_what, kSecret);
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::tip_review);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    const char* code = app.view().receipt.code.data();
    REQUIRE(std::strlen(code) == 18);
    advance(app, clock, 60s);
    CHECK(app.view().overlay == Overlay::still_there);
    CHECK(app.view().receipt.code.size() == 18);  // still shown during the countdown
    advance(app, clock, 15s);
    CHECK(app.view().screen == Screen::attract);
    CHECK(app.view().receipt.code.empty());
    CHECK(app.view().receipt.code_grouped.empty());
}

TEST_CASE("timers: thanks screen returns to attract by itself", "[idle]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    app.dispatch(intent::StartSurvey{"parent-satisfaction-2026"});
    app.dispatch(intent::Next{});
    // grade, teaching, responsible, (lessons optional), homework, absent_often=no, overall.
    for (int opt : {0, 2, 2, -1, 0, 1, 8}) {
        if (opt >= 0) app.dispatch(intent::ChooseOption{opt});
        app.dispatch(intent::Next{});
    }
    app.dispatch(intent::Next{});  // suggestions (optional) -> review
    REQUIRE(app.view().screen == Screen::survey_review);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::survey_thanks);
    CHECK(*app.next_deadline() == clock.now() + 10s);
    advance(app, clock, 10s);
    CHECK(app.view().screen == Screen::attract);
}
