// The survey and tip controllers alone (issue 11): intents on their screens -> their state
// and their part of the view model, with a fake shell, the demo surveys and a real store.
// Includes the number pad and date picker logic moved out of the views, and the
// "at most 4" message at the fifth tick.
#include <catch2/catch.hpp>

#include <string>

#include "controller_rig.hpp"
#include "survey_controller.hpp"
#include "tip_controller.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

namespace {

const QuestionView& question(const ControllerRig& rig, const SurveyController& c, AppView& v) {
    v = rig.view(c, Screen::survey_question);
    return v.survey.question;
}

// Walks the staff survey to question `id`, answering every choice with its first option.
void walk_to(ControllerRig& rig, SurveyController& c, const std::string& id) {
    c.enter(intent::StartSurvey{"staff-workstyle-2026"});
    if (rig.host.current == Screen::survey_intro) c.handle(Screen::survey_intro, intent::Next{});
    REQUIRE(rig.host.current == Screen::survey_question);
    AppView v;
    for (int guard = 0; guard < 30 && question(rig, c, v).id != id; ++guard) {
        const QuestionView& q = v.survey.question;
        if (q.kind == QuestionKind::number)
            c.handle(Screen::survey_question, intent::NumberKey{'3'});
        if (q.kind == QuestionKind::date) c.handle(Screen::survey_question, intent::DateUse{});
        if (!q.options.empty())
            c.handle(Screen::survey_question,
                     intent::ChooseOption{q.kind == QuestionKind::likert5 ? 3 : 0});
        c.handle(Screen::survey_question, intent::Next{});
    }
    REQUIRE(question(rig, c, v).id == id);
}

SurveyController make_survey(ControllerRig& rig) {
    return SurveyController({rig.host, rig.content, rig.pool, rig.i18n, rig.clock, rig.sealer});
}

}  // namespace

TEST_CASE("survey controller: the fifth tick of 'at most 4' is refused and said at once",
          "[controllers][survey][issue11]") {
    ControllerRig rig;
    SurveyController c = make_survey(rig);
    walk_to(rig, c, "lying_flat_kinds");
    AppView v;
    for (int i = 0; i < 4; ++i) c.handle(Screen::survey_question, intent::ToggleOption{i});
    CHECK(question(rig, c, v).error.empty());
    c.handle(Screen::survey_question, intent::ToggleOption{4});
    const QuestionView& q = question(rig, c, v);
    CHECK(q.error == "最多只能选择 4 项。");
    CHECK_FALSE(q.options[4].selected);
    for (int i = 0; i < 4; ++i) CHECK(q.options[size_t(i)].selected);
    c.handle(Screen::survey_question, intent::ToggleOption{0});  // untick: the message goes
    CHECK(question(rig, c, v).error.empty());
}

TEST_CASE("survey controller: the number pad writes the field, only keys the question takes",
          "[controllers][survey]") {
    ControllerRig rig;
    SurveyController c = make_survey(rig);
    walk_to(rig, c, "absent_count");  // integer 1..50
    AppView v;
    const FieldId f = question(rig, c, v).field;
    CHECK_FALSE(v.survey.question.number_negative);
    CHECK_FALSE(v.survey.question.number_decimal);
    for (char k : {'1', '-', '.', '2', 'x'})
        c.handle(Screen::survey_question, intent::NumberKey{k});
    CHECK(rig.pool.text(f) == "12");
    c.handle(Screen::survey_question, intent::NumberBackspace{});
    CHECK(rig.pool.text(f) == "1");
    c.handle(Screen::survey_question, intent::NumberKey{'0'});
    c.handle(Screen::survey_question, intent::NumberKey{'0'});
    c.handle(Screen::survey_question, intent::Next{});  // 100 > 50
    CHECK(question(rig, c, v).id == "absent_count");
    CHECK_FALSE(v.survey.question.error.empty());
    c.handle(Screen::survey_question, intent::NumberBackspace{});  // typing clears the error
    CHECK(question(rig, c, v).error.empty());
}

TEST_CASE("survey controller: the date picker starts today and never passes a today bound",
          "[controllers][survey]") {
    ControllerRig rig;
    SurveyController c = make_survey(rig);
    walk_to(rig, c, "absent_since");  // max_date: today (2026-03-10 on the fake clock)
    AppView v;
    const QuestionView& q = question(rig, c, v);
    REQUIRE(q.date_max == "2026-03-10");
    CHECK_FALSE(q.picker.chosen);
    CHECK((q.picker.year == 2026 && q.picker.month == 3 && q.picker.day == 10));
    CHECK(rig.pool.text(q.field).empty());  // shown, not chosen

    for (int part = 0; part < 3; ++part)
        c.handle(Screen::survey_question, intent::DateStep{part, 1});
    CHECK(rig.pool.text(question(rig, c, v).field) == "2026-03-10");
    CHECK(v.survey.question.picker.chosen);
    c.handle(Screen::survey_question, intent::DateStep{2, -1});
    CHECK(rig.pool.text(question(rig, c, v).field) == "2026-03-09");
    c.handle(Screen::survey_question, intent::DateStep{1, -1});
    CHECK(rig.pool.text(question(rig, c, v).field) == "2026-02-09");
    for (int i = 0; i < 20; ++i) c.handle(Screen::survey_question, intent::DateStep{2, 1});
    CHECK(rig.pool.text(question(rig, c, v).field) == "2026-02-01");  // day wraps in Feb (28)
    c.handle(Screen::survey_question, intent::Next{});
    CHECK(question(rig, c, v).id != "absent_since");
}

TEST_CASE("survey controller: review, submit seals one response, thanks then attract",
          "[controllers][survey]") {
    ControllerRig rig;
    SurveyController c = make_survey(rig);
    walk_to(rig, c, "suggestions");
    c.handle(Screen::survey_question, intent::Review{});
    REQUIRE(rig.host.current == Screen::survey_review);
    AppView v = rig.view(c, Screen::survey_review);
    CHECK_FALSE(v.survey.review.empty());
    c.handle(Screen::survey_review, intent::Submit{});
    REQUIRE(rig.host.left_to == Screen::survey_thanks);
    auto counts = rig.store.counts();
    REQUIRE(counts);
    CHECK(counts->responses_by_survey["staff-workstyle-2026"] == 1);
    REQUIRE(c.deadline(Screen::survey_thanks));
    CHECK_FALSE(c.on_time(Screen::survey_thanks, rig.clock.now(), v));
    CHECK(c.on_time(Screen::survey_thanks, *c.deadline(Screen::survey_thanks), v));
    CHECK(rig.host.left_to == Screen::attract);
}

TEST_CASE("tip controller: pages open the keyboard, contact needs the warning, submit seals",
          "[controllers][tip]") {
    ControllerRig rig;
    TipController c(
        {rig.host, rig.content, rig.categories, rig.pool, rig.i18n, rig.clock, rig.sealer});
    c.enter(intent::StartTip{});
    REQUIRE(rig.host.current == Screen::tip_intro);
    c.handle(Screen::tip_intro, intent::Next{});
    c.handle(Screen::tip_category, intent::Next{});  // no category yet
    CHECK(rig.host.current == Screen::tip_category);
    CHECK_FALSE(rig.view(c, Screen::tip_category).tip.error.empty());
    c.handle(Screen::tip_category, intent::ChooseTipCategory{1});
    c.handle(Screen::tip_category, intent::ChooseTipSubcategory{0});
    CHECK(c.has_input());
    c.handle(Screen::tip_category, intent::Next{});
    REQUIRE(rig.host.current == Screen::tip_subject);
    CHECK(rig.host.keyboards == std::vector<FieldId>{field::tip_unit});
    CHECK(c.keyboard_target(Screen::tip_subject, field::tip_unit));
    CHECK_FALSE(c.keyboard_target(Screen::tip_subject, field::tip_what));
    rig.pool.set(field::tip_unit, "某某镇中心小学");
    c.handle(Screen::tip_subject, intent::Next{});
    REQUIRE(rig.host.current == Screen::tip_details);
    rig.pool.set(field::tip_what, "开学以来多次不到岗。");
    c.handle(Screen::tip_details, intent::ChooseTipFrequency{2});
    c.handle(Screen::tip_details, intent::Next{});
    c.handle(Screen::tip_evidence, intent::Next{});
    REQUIRE(rig.host.current == Screen::tip_contact);

    c.handle(Screen::tip_contact, intent::SetContactWanted{true});
    CHECK(rig.host.current == Screen::tip_contact_confirm);  // the warning first
    CHECK_FALSE(c.keyboard_target(Screen::tip_contact, field::tip_contact));
    c.handle(Screen::tip_contact_confirm, intent::CancelContact{});
    CHECK(rig.host.current == Screen::tip_contact);
    CHECK_FALSE(rig.view(c, Screen::tip_contact).tip.contact_wanted);

    c.handle(Screen::tip_contact, intent::Review{});
    REQUIRE(rig.host.current == Screen::tip_review);
    AppView v = rig.view(c, Screen::tip_review);
    CHECK(v.tip.page == 5);
    REQUIRE(v.tip.review.size() >= 7);
    CHECK(v.tip.review[0].edit_target == int(Screen::tip_category));
    c.handle(Screen::tip_review, intent::Submit{});
    REQUIRE(rig.host.current == Screen::receipt_shown);
    CHECK(rig.host.typed_wipes == 1);
    auto counts = rig.store.counts();
    REQUIRE(counts);
    CHECK(counts->tips == 1);
    v = rig.view(c, Screen::receipt_shown);
    CHECK(v.receipt.code.size() == 18);
    CHECK(v.receipt.code_grouped.size() == 23);
    CHECK(rig.view(c, Screen::home).receipt.code.empty());  // only on its own screen

    // A second tip at once: the anti-flood refusal, with the wait and the way back.
    c.reset();
    c.enter(intent::StartTip{});
    c.handle(Screen::tip_intro, intent::Next{});
    c.handle(Screen::tip_category, intent::ChooseTipCategory{1});
    c.handle(Screen::tip_category, intent::ChooseTipSubcategory{0});
    rig.pool.set(field::tip_unit, "某某镇中心小学");
    rig.pool.set(field::tip_what, "又一次。");
    c.handle(Screen::tip_category, intent::Review{});
    REQUIRE(rig.host.current == Screen::tip_review);
    c.handle(Screen::tip_review, intent::Submit{});
    REQUIRE(rig.host.failure);
    CHECK(rig.host.failure->message.key == "submit.too_soon");
    CHECK(rig.host.failure->back_to == Screen::tip_review);
    CHECK(rig.host.failure->retry_after_seconds > 0);
    CHECK(rig.store.counts()->tips == 1);
}
