// Every string the views show exists in assets/i18n (no "⟨key⟩" markers) and has a glyph
// in the font atlas, on every screen a person can reach, in both languages.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "sk/kiosk/platform/app_fonts.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

struct Seen {
    std::set<Screen> screens;
    std::vector<std::string> texts;
    void take(UiHarness& h) {
        screens.insert(h.screen());
        for (const auto& t : h.hits().texts()) texts.push_back(t);
    }
};

// From attract to home in `lang` (every wipe returns to the default language).
void home(UiHarness& h, Seen& seen, Lang lang) {
    REQUIRE(h.screen() == Screen::attract);
    seen.take(h);
    h.click("attract");
    if (lang == Lang::en) h.click("lang.en");
    REQUIRE(h.view().lang == lang);
    seen.take(h);
}

void walk(UiHarness& h, Seen& seen, Lang lang) {
    home(h, seen, lang);
    h.click("home.tip");
    seen.take(h);
    h.click("tip.intro.start");
    h.click("common.next");  // without a category: the page error
    seen.take(h);
    h.click("category#0");
    seen.take(h);
    h.click("common.next");
    seen.take(h);
    h.click("common.next");  // unit missing: field error
    seen.take(h);
    h.click("field#1");  // opens the on-screen keyboard on the unit field
    seen.take(h);
    h.click("osk#a");
    h.click("common.next");
    seen.take(h);            // details
    h.click("common.next");  // what happened missing
    seen.take(h);
    h.click("field#3");
    h.type("x");
    h.click("common.next");
    h.click("common.next");
    seen.take(h);  // contact
    h.click("tip.contact.toggle");
    seen.take(h);  // contact confirm
    h.click("tip.contact.confirm_yes");
    seen.take(h);
    h.click("common.back");
    seen.take(h);  // review
    h.idle(std::chrono::seconds(61));
    seen.take(h);  // still there
    h.click("idle.exit");
    home(h, seen, lang);
    h.click("survey#parent-satisfaction-2026");
    seen.take(h);
    h.click("survey.start");
    for (int i = 0; i < 20 && h.screen() == Screen::survey_question; ++i) {
        h.click(h.view().survey.is_last ? "common.review" : "common.next");  // error shown
        seen.take(h);
        if (h.screen() != Screen::survey_question) break;  // optional last question
        if (h.view().survey.question.kind == QuestionKind::single) h.click("option#0");
        if (h.view().survey.question.kind == QuestionKind::likert5) h.click("option#4");
        if (h.view().survey.question.kind == QuestionKind::rating10) h.click("option#10");
        if (h.view().survey.question.kind == QuestionKind::date) h.click("ui.date_use");
        seen.take(h);
        h.click(h.view().survey.is_last ? "common.review" : "common.next");
    }
    seen.take(h);  // review
    h.exit_session();
    home(h, seen, lang);
    h.click("home.lookup");
    h.click("receipt.lookup.check");  // empty: error
    seen.take(h);
    h.click("common.back");
    REQUIRE(h.screen() == Screen::home);
    h.hold(ImVec2(10, 10), 5.5f);
    seen.take(h);
    h.click("pin#1");
    h.click("admin.pin.ok");
    seen.take(h);
}

}  // namespace

TEST_CASE("every shown string is translated and has a glyph, in both languages",
          "[kiosk_ui][glyphs]") {
    Seen seen;
    {
        UiHarness h;
        walk(h, seen, Lang::zh_CN);
        CHECK(h.app().i18n().missing_keys().empty());
        for (const auto& k : h.app().i18n().missing_keys()) UNSCOPED_INFO("missing key " << k);
    }
    {
        UiHarness h;
        walk(h, seen, Lang::en);
        CHECK(h.app().i18n().missing_keys().empty());
    }
    CHECK(seen.screens.size() >= 14);
    for (const std::string& t : seen.texts) {
        INFO(t);
        CHECK(t.find("\xE2\x9F\xA8") == std::string::npos);  // ⟨key⟩ marker of a missing key
    }
    UiHarness h;
    const auto& fonts = uitest::test_fonts(h.app()).fonts;
    for (const ImFont* f : {fonts.body, fonts.title}) {
        const auto missing = platform::missing_glyphs(f, seen.texts);
        std::string list;
        for (uint32_t cp : missing) list += " U+" + std::to_string(cp);
        INFO("missing glyphs:" << list);
        CHECK(missing.empty());
    }
}
