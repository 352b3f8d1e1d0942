// Issue 11, defect 3: a finger scrolls every scrolling page; a tap stays a tap, and a drag
// that starts on a button does not press it.
#include <catch2/catch.hpp>

#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

// A straight drag from `from` by `dy` pixels, in small steps as a finger moves.
void swipe(UiHarness& h, ImVec2 from, float dy) {
    std::vector<ImVec2> pts;
    for (int i = 0; i <= 10; ++i) pts.push_back(ImVec2(from.x, from.y + dy * i / 10.0f));
    h.drag(pts);
}

void to_review(UiHarness& h) {
    h.click("attract");
    h.click("survey#staff-workstyle-2026");
    if (h.screen() == Screen::survey_intro) h.click("survey.start");
    for (int guard = 0; guard < 30 && h.screen() == Screen::survey_question; ++guard) {
        const QuestionView& q = h.view().survey.question;
        if (q.kind != QuestionKind::number && q.kind != QuestionKind::date && !q.options.empty())
            h.click(q.kind == QuestionKind::likert5 ? "option#3" : "option#1");
        h.click(h.view().survey.is_last ? "common.review" : "common.next");
    }
    REQUIRE(h.screen() == Screen::survey_review);
}

}  // namespace

TEST_CASE("the review page scrolls with a finger", "[kiosk_ui][issue11]") {
    UiHarness h;
    to_review(h);
    auto first = h.hits().find("common.edit#0");
    REQUIRE(first);
    const float y0 = first->min.y;
    // Start the drag on an edit button: it scrolls and must not open that question.
    swipe(h, first->center(), -300.0f);
    REQUIRE(h.screen() == Screen::survey_review);
    auto after = h.hits().find("common.edit#0");
    REQUIRE(after);
    CHECK(after->min.y < y0 - 200.0f);
    // Back down.
    swipe(h, ImVec2(640, 400), 300.0f);
    CHECK(h.hits().find("common.edit#0")->min.y == Approx(y0).margin(1.0));
}

TEST_CASE("a tap with a little jitter is still a tap", "[kiosk_ui][issue11]") {
    UiHarness h;
    h.click("attract");
    h.click("home.tip");
    h.click("tip.intro.start");
    REQUIRE(h.screen() == Screen::tip_category);
    auto c = h.hits().find("category#0");
    REQUIRE(c);
    h.drag({c->center(), ImVec2(c->center().x + 3, c->center().y + 4)});
    CHECK(h.view().tip.category == 0);
}
