// Issue 11, defect 5: nothing a person entered is lost silently. Pinyin letters not yet
// turned into characters go in as typed when the page changes; Exit / 退出 asks first when
// something was entered, and does not ask on an empty session.
#include <catch2/catch.hpp>

#include "keyboard_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

TEST_CASE("pinyin letters still composing are kept on Next", "[keyboard][issue11]") {
    KeyboardApp k;
    go_home(k.app);
    k.app.dispatch(intent::StartSurvey{"staff-workstyle-2026"});
    if (k.app.view().screen == Screen::survey_intro) k.app.dispatch(intent::Next{});
    // Page forward to the first free-text question (answering what must be answered).
    for (int guard = 0; guard < 40; ++guard) {
        const QuestionView& q = k.app.view().survey.question;
        if (q.kind == QuestionKind::short_text || q.kind == QuestionKind::long_text) break;
        if (q.kind == QuestionKind::multi) {
            k.app.dispatch(intent::ToggleOption{0});
        } else if (!q.options.empty()) {
            k.app.dispatch(intent::ChooseOption{0});
        } else if (q.kind == QuestionKind::number) {
            k.app.dispatch(intent::SetNumber{1});
        }
        k.app.dispatch(intent::Next{});
    }
    const QuestionView q = k.app.view().survey.question;
    REQUIRE((q.kind == QuestionKind::short_text || q.kind == QuestionKind::long_text));
    k.app.dispatch(intent::KeyboardOpen{q.field});
    REQUIRE(k.kb().mode == KeyboardMode::pinyin);
    k.keys("zzq");  // no candidate in the fake engine: nothing to pick
    REQUIRE(k.kb().composition == "zzq");
    k.app.dispatch(intent::Review{});
    REQUIRE(k.app.view().screen == Screen::survey_review);
    bool found = false;
    for (const ReviewItem& r : k.app.view().survey.review) {
        if (r.field == q.field) {
            found = true;
            CHECK(k.text(r.field) == "zzq");
        }
    }
    CHECK(found);
}

TEST_CASE("hiding the keyboard or switching mode keeps the letters", "[keyboard][issue11]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("zz");
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::abc});
    CHECK(k.text(field::tip_unit) == "zz");
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::pinyin});
    k.keys("qq");
    k.app.dispatch(intent::KeyboardClose{});
    CHECK(k.text(field::tip_unit) == "zzqq");
}

TEST_CASE("Exit asks when something was entered, not on an empty session", "[kiosk][issue11]") {
    KeyboardApp k;
    go_home(k.app);
    k.app.dispatch(intent::StartTip{});
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_category);
    k.app.dispatch(intent::Exit{});  // nothing chosen or typed: leaves at once
    CHECK(k.app.view().screen == Screen::attract);
    CHECK(k.app.view().overlay == Overlay::none);

    k.open_on_unit();
    k.keys("ab");  // composing only: still counts
    const uint64_t gen = k.app.wipe_generation();
    k.app.dispatch(intent::Exit{});
    REQUIRE(k.app.view().overlay == Overlay::confirm_exit);
    CHECK(k.app.view().screen == Screen::tip_subject);
    CHECK(k.app.wipe_generation() == gen);
    // Touches elsewhere and other intents do nothing while the question is up.
    k.app.dispatch(intent::Next{});
    k.app.dispatch(intent::TouchAnywhere{});
    CHECK(k.app.view().overlay == Overlay::confirm_exit);
    CHECK(k.app.view().screen == Screen::tip_subject);
    k.app.dispatch(intent::KeepGoing{});
    CHECK(k.app.view().overlay == Overlay::none);
    CHECK(k.kb().composition == "ab");  // nothing was lost by asking
    k.app.dispatch(intent::Exit{});
    k.app.dispatch(intent::ConfirmExit{});
    CHECK(k.app.view().screen == Screen::attract);
    CHECK(k.app.wipe_generation() > gen);
}

TEST_CASE("Exit from the still-there overlay does not ask again", "[kiosk][issue11]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("ab");
    advance(k.app, k.clock, std::chrono::seconds(61));
    REQUIRE(k.app.view().overlay == Overlay::still_there);
    k.app.dispatch(intent::Exit{});
    CHECK(k.app.view().screen == Screen::attract);
}

TEST_CASE("a candidate the engine offers twice is shown once", "[keyboard][issue11]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("dada");
    REQUIRE(k.kb().candidates.size() == 2);
    CHECK(k.kb().candidates[0] == "大大");
    CHECK(k.kb().candidates[1] == "大");
    k.app.dispatch(intent::CandidatePick{1});
    CHECK(k.text(field::tip_unit) == "大");
}

TEST_CASE("the contact field opens on digits, not pinyin", "[keyboard][issue11]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("x");
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_details);
    k.keys("y");
    k.app.dispatch(intent::Next{});
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_contact);
    k.app.dispatch(intent::SetContactWanted{true});
    k.app.dispatch(intent::ConfirmContact{});
    k.app.dispatch(intent::KeyboardOpen{field::tip_contact});
    REQUIRE(k.kb().open);
    CHECK(k.kb().mode == KeyboardMode::abc);
    CHECK(k.kb().symbols);
}

TEST_CASE("Exit after the tip was stored does not ask", "[kiosk][issue11]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("x");
    k.app.dispatch(intent::Next{});
    k.keys("y");
    k.app.dispatch(intent::Review{});
    REQUIRE(k.app.view().screen == Screen::tip_review);
    k.app.dispatch(intent::Submit{});
    REQUIRE(k.app.view().screen == Screen::receipt_shown);
    k.app.dispatch(intent::Exit{});
    CHECK(k.app.view().screen == Screen::attract);
}
