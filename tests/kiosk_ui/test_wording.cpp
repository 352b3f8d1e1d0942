// Issue 11, defect 8: what a person reads agrees with itself. Home says whom each
// questionnaire is for and how many questions it has; the progress count starts there and
// never goes back with skip logic; the refusal of a second tip is one plain sentence.
#include <catch2/catch.hpp>

#include <string>

#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

TEST_CASE("home names the audience of each questionnaire", "[kiosk_ui][issue11]") {
    UiHarness h;
    h.click("attract");
    REQUIRE(h.view().surveys.size() == 2);
    for (const SurveyCardView& s : h.view().surveys) {
        CHECK_FALSE(s.audience.empty());
        bool shown = false;
        for (const std::string& t : h.hits().texts())
            if (t.find(s.audience) != std::string::npos) shown = true;
        CHECK(shown);
    }
    CHECK(h.view().surveys[0].audience != h.view().surveys[1].audience);
}

TEST_CASE("the question total starts at Home's and progress never goes back",
          "[kiosk_ui][issue11]") {
    for (int choice : {0, 1}) {  // "yes" opens the follow-up questions, "no" skips them
        UiHarness h;
        h.click("attract");
        const int home_total = h.view().surveys[0].id == "staff-workstyle-2026"
                                   ? h.view().surveys[0].question_count
                                   : h.view().surveys[1].question_count;
        h.click("survey#staff-workstyle-2026");
        if (h.screen() == Screen::survey_intro) h.click("survey.start");
        int total = h.view().survey.visible_count;
        CHECK(total == home_total);
        double fraction = 0;
        for (int guard = 0; guard < 30 && h.screen() == Screen::survey_question; ++guard) {
            const SurveyView& s = h.view().survey;
            INFO("choice " << choice << ", question " << s.question.id << " " << s.position << "/"
                           << s.visible_count);
            CHECK(s.visible_count <= total);  // never grows
            total = s.visible_count;
            const double f = double(s.position) / double(s.visible_count);
            CHECK(f > fraction);  // never goes back
            fraction = f;
            const QuestionView& q = s.question;
            if (!q.options.empty())
                h.click(q.kind == QuestionKind::likert5 ? "option#3"
                                                        : "option#" + std::to_string(choice));
            h.click(s.is_last ? "common.review" : "common.next");
        }
        CHECK(h.screen() == Screen::survey_review);
    }
}

TEST_CASE("a second tip too soon is refused in one plain sentence", "[kiosk_ui][issue11]") {
    UiHarness h;
    for (int i = 0; i < 2; ++i) {
        h.click("attract");
        h.click("home.tip");
        h.click("tip.intro.start");
        h.click("category#0");
        if (h.has("subcategory#0")) h.click("subcategory#0");
        h.click("common.next");
        h.type("X");
        h.click("common.next");
        h.type("Y");
        h.click("tip.skip_to_review");
        h.click("common.submit");
        if (i == 0) h.click("receipt.shown.noted");
    }
    REQUIRE(h.screen() == Screen::submit_error);
    for (const std::string& t : h.hits().texts()) {
        INFO(t);
        CHECK(t.find("anti-flood") == std::string::npos);
    }
    // The message and the "kept" line do not say the same thing twice.
    CHECK(h.view().submit_error.message.find(h.app().tr("submit.kept")) == std::string::npos);
    CHECK(h.app().tr("submit.too_soon").find("保留") == std::string::npos);
}
