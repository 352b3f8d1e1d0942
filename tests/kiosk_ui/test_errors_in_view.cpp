// Issue 11, defect 4: an error a tap produced is scrolled fully into view, above the
// keyboard or keypad: "此题必须作答" not cut in half, "最多只能选择4项" without scrolling,
// a number out of range not hidden behind the digit pad.
#include <catch2/catch.hpp>

#include <string>

#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

// The error line is wholly inside the part of its window a person sees.
void check_error_visible(UiHarness& h) {
    auto e = h.hits().find("error");
    REQUIRE(e);
    INFO("error at y " << e->min.y << ".." << e->max.y << ", visible " << e->clip_min.y << ".."
                       << e->clip_max.y);
    CHECK(e->min.y >= e->clip_min.y);
    CHECK(e->max.y <= e->clip_max.y);
}

// Walks the staff survey to question `id`, answering "yes" on the way.
void to_question(UiHarness& h, const std::string& id) {
    h.click("attract");
    h.click("survey#staff-workstyle-2026");
    if (h.screen() == Screen::survey_intro) h.click("survey.start");
    for (int guard = 0; guard < 30 && h.view().survey.question.id != id; ++guard) {
        const QuestionView& q = h.view().survey.question;
        h.click(q.kind == QuestionKind::likert5 ? "option#3" : "option#0");
        h.click("common.next");
    }
    REQUIRE(h.view().survey.question.id == id);
}

}  // namespace

TEST_CASE("a required answer's error is shown whole after Next", "[kiosk_ui][issue11]") {
    UiHarness h;
    to_question(h, "lying_flat_kinds");  // a long list: the error is below the fold
    h.click("common.next");
    REQUIRE_FALSE(h.view().survey.question.error.empty());
    check_error_visible(h);
}

TEST_CASE("'at most 4' is shown, without scrolling, as soon as a fifth box is ticked",
          "[kiosk_ui][issue11]") {
    UiHarness h;
    to_question(h, "lying_flat_kinds");  // max_choices 4
    for (int i = 0; i < 4; ++i) h.click("option#" + std::to_string(i));
    CHECK(h.view().survey.question.error.empty());
    h.click("option#4");  // one beyond the maximum: refused and said so, no 下一步 needed
    h.settle();
    REQUIRE(h.view().survey.question.id == "lying_flat_kinds");
    CHECK(h.view().survey.question.error == "最多只能选择 4 项。");
    CHECK_FALSE(h.view().survey.question.options[4].selected);
    for (int i = 0; i < 4; ++i) CHECK(h.view().survey.question.options[size_t(i)].selected);
    check_error_visible(h);
}

TEST_CASE("a number out of range is shown above the digit pad", "[kiosk_ui][issue11]") {
    UiHarness h;
    to_question(h, "absent_count");
    h.click("osk#9");
    h.click("osk#9");
    h.click("common.next");
    REQUIRE(h.view().survey.question.id == "absent_count");
    REQUIRE_FALSE(h.view().survey.question.error.empty());
    check_error_visible(h);
    // Above the keypad: no key of the pad overlaps the error.
    auto e = h.hits().find("error");
    auto key = h.hits().find("osk#1");
    REQUIRE(key);
    CHECK(e->max.y <= key->min.y);
}
