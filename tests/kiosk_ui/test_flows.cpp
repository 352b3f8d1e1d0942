// UI flows driven headlessly through the real views and the real core: every step is a
// click on a control found by its id in the HitRegistry, or text typed through ImGui.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "sk/crypto/receipt.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

void to_home(UiHarness& h) {
    REQUIRE(h.screen() == Screen::attract);
    h.click("attract");
    REQUIRE(h.screen() == Screen::home);
}

// Answers the current question with something valid for its type.
void answer(UiHarness& h) {
    const QuestionView& q = h.view().survey.question;
    switch (q.kind) {
        case QuestionKind::single:
            h.click("option#0");
            break;
        case QuestionKind::multi:
            h.click("option#0");
            h.click("option#1");
            break;
        case QuestionKind::likert5:
            h.click("option#3");
            break;
        case QuestionKind::rating10:
            h.click("option#7");
            break;
        case QuestionKind::short_text:
        case QuestionKind::long_text:
            h.click("field#" + std::to_string(q.field.value));
            h.type("多听听一线老师的意见");
            break;
        case QuestionKind::number:
            h.click("osk#3");  // on-screen digit pad
            break;
        case QuestionKind::date:
            h.click("ui.date_use");
            h.click("ui.date_year#down");
            break;
    }
}

void wait_out_pin_lock(UiHarness& h) {
    // Lock-outs outlast the idle timeout: touch the screen now and then, as a waiting
    // admin would, so the session is not wiped meanwhile.
    for (int i = 0; i < 40 && h.view().admin.locked_seconds > 0; ++i) {
        h.idle(std::chrono::seconds(20));
        h.tap(ImVec2(640, 40));  // the heading: nothing to press there
    }
}

}  // namespace

TEST_CASE("a questionnaire is finished by touch, from attract to thanks", "[kiosk_ui][flow]") {
    UiHarness h;
    to_home(h);
    REQUIRE(h.has("survey#staff-workstyle-2026"));
    h.click("survey#staff-workstyle-2026");
    REQUIRE(h.screen() == Screen::survey_intro);
    h.click("survey.start");
    REQUIRE(h.screen() == Screen::survey_question);
    REQUIRE(h.has("common.exit"));

    int pages = 0;
    while (h.screen() == Screen::survey_question && pages < 40) {
        const int before = h.view().survey.position;
        const std::string qid = h.view().survey.question.id;
        const bool last = h.view().survey.is_last;
        INFO("question " << qid);
        answer(h);
        h.click(last ? "common.review" : "common.next");
        if (h.screen() == Screen::survey_question) {
            INFO("error: " << h.view().survey.question.error);
            REQUIRE(h.view().survey.position > before);
        }
        ++pages;
    }
    REQUIRE(h.screen() == Screen::survey_review);
    CHECK(pages >= 13);  // the "yes" branches add the follow-up questions
    REQUIRE(h.view().survey.review.size() >= 13);
    h.click("common.submit");
    REQUIRE(h.screen() == Screen::survey_thanks);
    const int wipes = h.wipes_seen();
    h.click("common.done");
    CHECK(h.screen() == Screen::attract);
    CHECK(h.wipes_seen() > wipes);  // the session ended: a fresh ImGui context
}

TEST_CASE("a tip is submitted and the receipt code is shown with its QR code", "[kiosk_ui][flow]") {
    UiHarness h;
    to_home(h);
    h.click("home.tip");
    REQUIRE(h.screen() == Screen::tip_intro);
    h.click("tip.intro.start");
    REQUIRE(h.screen() == Screen::tip_category);
    h.click("category#0");
    if (h.has("subcategory#0")) h.click("subcategory#0");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_subject);
    h.click("field#1");
    h.type("某某镇中心小学");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_details);
    h.click("field#3");
    h.type("上课时间经常不在岗，学生自习。");
    h.click("frequency#1");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_evidence);
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_contact);
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_review);
    h.click("common.submit");
    REQUIRE(h.screen() == Screen::receipt_shown);

    const std::string grouped(h.view().receipt.code_grouped);
    const std::string canonical(h.view().receipt.code);
    CHECK(grouped.size() == 23);  // six groups of three
    CHECK(sk::crypto::normalize_receipt(grouped).ok());
    CHECK(h.has("receipt.code"));
    CHECK(h.has("receipt.qr"));
    // The code itself is never logged by the test hook (only i18n and view strings are).
    for (const std::string& t : h.hits().texts()) CHECK(t.find(canonical) == std::string::npos);

    h.click("receipt.shown.noted");
    CHECK(h.screen() == Screen::attract);
}

TEST_CASE("idle: still-there countdown, then the wipe back to attract", "[kiosk_ui][flow]") {
    UiHarness h;
    to_home(h);
    h.click("home.tip");
    h.click("tip.intro.start");
    h.click("category#0");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_subject);
    h.click("field#1");
    h.type("第三中学");
    char* unit = h.app().text_buffer(field::tip_unit);
    const size_t cap = h.app().text_capacity(field::tip_unit);
    REQUIRE(std::strcmp(unit, "第三中学") == 0);

    h.idle(std::chrono::seconds(61));
    REQUIRE(h.view().overlay == Overlay::still_there);
    REQUIRE(h.has("idle.keep_going"));
    // "I'm here" keeps everything.
    h.click("idle.keep_going");
    CHECK(h.view().overlay == Overlay::none);
    CHECK(h.screen() == Screen::tip_subject);

    const int wipes = h.wipes_seen();
    h.idle(std::chrono::seconds(61));
    REQUIRE(h.view().overlay == Overlay::still_there);
    h.idle(std::chrono::seconds(16));
    CHECK(h.screen() == Screen::attract);
    CHECK(h.wipes_seen() == wipes + 1);
    // The old buffer pointer may be freed by now; the core re-creates fields per session.
    (void)unit;
    (void)cap;
}

TEST_CASE("admin: corner hold opens the PIN pad; five wrong PINs lock it", "[kiosk_ui][admin]") {
    UiHarness h;
    REQUIRE(h.screen() == Screen::attract);
    h.hold(ImVec2(10, 10), 2.0f);
    CHECK(h.screen() != Screen::admin_pin);  // too short
    h.hold(ImVec2(10, 10), 5.5f);
    REQUIRE(h.screen() == Screen::admin_pin);

    for (int attempt = 1; attempt <= 5; ++attempt) {
        wait_out_pin_lock(h);
        REQUIRE(h.screen() == Screen::admin_pin);
        for (int d = 0; d < 6; ++d) h.click("pin#0");
        CHECK(h.view().admin.pin_digits == 6);
        h.click("admin.pin.ok");
        CHECK(h.view().admin.failed_attempts == attempt);
    }
    CHECK(h.view().admin.locked_seconds > 0);
    auto key = h.hits().find("pin#1");
    REQUIRE(key);
    CHECK_FALSE(key->enabled);  // the pad is disabled while locked
    CHECK_FALSE(h.view().admin.message.empty());
}

TEST_CASE("admin: the right PIN opens admin home with counts only", "[kiosk_ui][admin]") {
    UiHarness h;
    h.hold(ImVec2(10, 10), 5.5f);
    REQUIRE(h.screen() == Screen::admin_pin);
    for (const char* p = kDemoAdminPin; *p; ++p) h.click(std::string("pin#") + *p);
    h.click("admin.pin.ok");
    REQUIRE(h.screen() == Screen::admin_home);
    CHECK_FALSE(h.view().admin.counts.empty());
    CHECK(h.has("admin.export"));
    CHECK(h.has("admin.change_pin"));
    h.click("admin.change_pin");
    CHECK(h.screen() == Screen::admin_change_pin);
    h.click("common.back");
    CHECK(h.screen() == Screen::admin_home);
    h.click("admin.leave");
    CHECK(h.screen() == Screen::attract);
}

TEST_CASE("receipt lookup with the on-screen keyboard", "[kiosk_ui][flow]") {
    UiHarness h;
    to_home(h);
    h.click("home.lookup");
    REQUIRE(h.screen() == Screen::receipt_lookup);
    const std::string code = sk::crypto::new_receipt_code();
    for (char c : code) h.click(std::string("osk#") + c);
    CHECK(std::string(h.app().text_buffer(field::receipt_code)) == code);
    h.click("ui.osk_backspace");
    CHECK(std::string(h.app().text_buffer(field::receipt_code)) == code.substr(0, 17));
    h.click(std::string("osk#") + code.back());
    h.click("receipt.lookup.check");
    REQUIRE(h.screen() == Screen::receipt_result);
    CHECK_FALSE(h.view().receipt.found);
    CHECK_FALSE(h.view().receipt.result_text.empty());
}

TEST_CASE("the language switch on home changes every string", "[kiosk_ui][flow]") {
    UiHarness h;
    to_home(h);
    const std::string zh_tip = h.app().tr("home.tip");
    h.click("lang.en");
    CHECK(h.view().lang == Lang::en);
    CHECK(h.app().tr("home.tip") != zh_tip);
    CHECK(h.has("home.tip"));
    h.click("lang.zh_cn");
    CHECK(h.view().lang == Lang::zh_CN);
}
