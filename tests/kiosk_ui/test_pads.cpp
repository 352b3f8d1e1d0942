// Issue 11, defect 6: the pads offer only what the question takes. A count has no "-" or
// "." key; the date picker never goes past a "today" bound.
#include <catch2/catch.hpp>

#include <ctime>
#include <string>

#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

void to_question(UiHarness& h, const std::string& id) {
    h.click("attract");
    h.click("survey#staff-workstyle-2026");
    if (h.screen() == Screen::survey_intro) h.click("survey.start");
    for (int guard = 0; guard < 30 && h.view().survey.question.id != id; ++guard) {
        const QuestionView& q = h.view().survey.question;
        if (!q.options.empty()) h.click(q.kind == QuestionKind::likert5 ? "option#3" : "option#0");
        h.click("common.next");
    }
    REQUIRE(h.view().survey.question.id == id);
}

}  // namespace

TEST_CASE("a count's keypad has no minus or decimal point", "[kiosk_ui][issue11]") {
    UiHarness h;
    to_question(h, "absent_count");  // integer, 1..50
    CHECK(h.has("osk#0"));
    CHECK(h.has("osk#9"));
    CHECK_FALSE(h.has("osk#-"));
    CHECK_FALSE(h.has("osk#."));
}

TEST_CASE("the date picker does not step past today", "[kiosk_ui][issue11]") {
    UiHarness h;
    to_question(h, "absent_since");  // max_date: today
    REQUIRE(h.view().survey.question.date_max.size() == 10);
    h.click("ui.date_use");
    for (int i = 0; i < 3; ++i) {
        h.click("ui.date_day#up");
        h.click("ui.date_month#up");
        h.click("ui.date_year#up");
    }
    const std::string chosen = h.app().text_buffer(h.view().survey.question.field);
    INFO("chosen " << chosen << ", max " << h.view().survey.question.date_max);
    CHECK(chosen <= h.view().survey.question.date_max);
    CHECK(h.view().survey.question.error.empty());
}
