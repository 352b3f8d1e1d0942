// Questionnaire walk-throughs on the demo staff survey: paging, progress, validation
// messages, skip logic, review, submit -> thanks, and the sealed record's content.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;
using nlohmann::json;

namespace {

constexpr const char* kStaff = "staff-workstyle-2026";

void start_staff(App& app) {
    go_home(app);
    app.dispatch(intent::StartSurvey{kStaff});
    REQUIRE(app.view().screen == Screen::survey_intro);
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::survey_question);
}

const QuestionView& q(const App& app) {
    return app.view().survey.question;
}

void answer_and_next(App& app, int option) {
    app.dispatch(intent::ChooseOption{option});
    app.dispatch(intent::Next{});
}

}  // namespace

TEST_CASE("survey: attract -> home -> questions with progress, validation, skip logic, submit",
          "[flow][survey]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    CHECK(app.view().screen == Screen::attract);
    go_home(app);
    REQUIRE(app.view().provisioned);
    REQUIRE(app.view().surveys.size() == 2);
    exit_session(app);
    CHECK(app.view().screen == Screen::attract);

    start_staff(app);
    CHECK(q(app).id == "role");
    CHECK(app.view().survey.position == 1);
    // Every question counts until the answer that would hide it is given (issue 11).
    CHECK(app.view().survey.visible_count == 13);

    // Required: Next without an answer stays and says why.
    app.dispatch(intent::Next{});
    CHECK(q(app).id == "role");
    CHECK(q(app).error == "此题必须作答。");
    answer_and_next(app, 0);  // teacher
    CHECK(q(app).id == "years");
    CHECK(q(app).error.empty());
    answer_and_next(app, 1);
    CHECK(q(app).kind == QuestionKind::likert5);
    REQUIRE(q(app).options.size() == 5);
    CHECK(q(app).options[3].label == "同意");
    answer_and_next(app, 3);  // attitude = 4
    answer_and_next(app, 4);  // efficiency = 5
    CHECK(q(app).id == "lying_flat_seen");
    answer_and_next(app, 0);  // yes -> two more questions appear
    CHECK(q(app).id == "lying_flat_kinds");
    CHECK(app.view().survey.visible_count == 13);
    CHECK(app.view().survey.position == 6);

    // Multi choice with max 4: the fifth tick is refused at once, with {max} in the message.
    app.dispatch(intent::SetLanguage{Lang::en});
    CHECK(q(app).constraint == "Choose 1 to 4");
    for (int i : {0, 1, 2, 3, 4}) app.dispatch(intent::ToggleOption{i});
    CHECK(q(app).id == "lying_flat_kinds");
    CHECK(q(app).error == "Please choose no more than 4.");
    CHECK_FALSE(q(app).options[4].selected);
    app.dispatch(intent::ToggleOption{0});  // untick the first
    CHECK(q(app).error.empty());
    CHECK_FALSE(q(app).options[0].selected);
    app.dispatch(intent::ToggleOption{4});  // now the fifth fits
    CHECK(q(app).options[4].selected);
    CHECK(q(app).error.empty());
    app.dispatch(intent::Next{});
    CHECK(q(app).id == "lying_flat_frequency");
    answer_and_next(app, 2);
    CHECK(q(app).id == "absent_known");
    answer_and_next(app, 0);  // yes -> number and date questions

    // Number with range 1..50, typed into a core-owned buffer.
    REQUIRE(q(app).id == "absent_count");
    REQUIRE(q(app).field != field::none);
    FieldId count_field = q(app).field;
    type_into(app, count_field, "abc");
    app.dispatch(intent::Next{});
    CHECK(q(app).error == "Please enter a number.");
    type_into(app, count_field, "60");
    app.dispatch(intent::Next{});
    CHECK(q(app).error == "Please enter a number from 1 to 50.");
    type_into(app, count_field, "3");
    app.dispatch(intent::Next{});
    REQUIRE(q(app).id == "absent_since");
    type_into(app, q(app).field, "2026-02-30");
    app.dispatch(intent::Next{});
    CHECK(q(app).error.find("Not a valid date") != std::string::npos);
    app.dispatch(intent::SetDate{2025, 9, 1});
    app.dispatch(intent::Next{});
    CHECK(q(app).id == "workload");
    CHECK(q(app).options.size() == 11);

    // Back goes to the previous visible question, answers kept.
    app.dispatch(intent::Back{});
    CHECK(q(app).id == "absent_since");
    app.dispatch(intent::Back{});
    CHECK(q(app).id == "absent_count");
    CHECK(std::string(app.text_buffer(count_field)) == "3");
    // Change "absent_known" to no: the number/date questions are skipped and dropped.
    app.dispatch(intent::Back{});
    REQUIRE(q(app).id == "absent_known");
    answer_and_next(app, 1);
    CHECK(q(app).id == "workload");
    answer_and_next(app, 7);
    CHECK(q(app).id == "non_teaching_burden");
    app.dispatch(intent::Next{});  // optional: skip
    REQUIRE(q(app).id == "suggestions");
    CHECK(app.view().survey.is_last);
    const std::string typed = "希望减少形式主义的检查，多给老师备课时间。\"quotes\" ok";
    char* buf = type_into(app, q(app).field, typed);
    app.dispatch(intent::Next{});

    REQUIRE(app.view().screen == Screen::survey_review);
    const auto& review = app.view().survey.review;
    CHECK(review.size() == 11);
    for (const auto& r : review) CHECK(r.error.empty());
    CHECK(review[0].summary == "Teacher (including class teachers)");
    CHECK(review.back().field == field::survey_question(12));
    // Edit from review, then come back.
    app.dispatch(intent::EditQuestion{review[1].edit_target});
    CHECK(q(app).id == "years");
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::survey_review);

    uint64_t gen = app.wipe_generation();
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::survey_thanks);
    CHECK(app.view().survey.thanks.find("Thank you") != std::string::npos);
    CHECK(app.wipe_generation() > gen);
    // The buffer the UI typed into is zeroed right after the commit.
    CHECK(all_zero(buf, app.text_capacity(field::survey_question(12))));

    auto recs = open_all_records(app);
    REQUIRE(recs.size() == 1);
    auto j = json::parse(recs[0]);
    CHECK(j["survey"] == kStaff);
    CHECK(j["lang"] == "en");
    const auto& a = j["answers"];
    CHECK(a["role"] == "teacher");
    CHECK(a["years"] == "5to15");
    CHECK(a["attitude"] == 4);
    CHECK(a["efficiency"] == 5);
    CHECK(a["lying_flat_kinds"] == json::array({"slow_action", "wrong_action",
                                                "perfunctory_lessons", "unprepared_classes"}));
    CHECK(a["absent_known"] == "no");
    CHECK_FALSE(a.contains("absent_count"));  // hidden by skip logic: dropped
    CHECK_FALSE(a.contains("absent_since"));
    CHECK_FALSE(a.contains("non_teaching_burden"));
    CHECK(a["workload"] == 7);
    CHECK(a["suggestions"] == typed);

    // Thanks returns to attract by touch, in the default language again.
    app.dispatch(intent::TouchAnywhere{});
    CHECK(app.view().screen == Screen::attract);
    CHECK(app.view().lang == Lang::zh_CN);
    auto counts = app.store().counts();
    REQUIRE(counts.ok());
    CHECK(counts->responses_by_survey[kStaff] == 1);
}

TEST_CASE("survey: review lists problems and submit jumps to the first one", "[flow][survey]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    start_staff(app);
    answer_and_next(app, 2);
    app.dispatch(intent::Review{});  // jump to review early
    REQUIRE(app.view().screen == Screen::survey_review);
    const auto& review = app.view().survey.review;
    CHECK(review[0].error.empty());
    CHECK(review[1].error == "此题必须作答。");
    CHECK(review[1].summary == "（未作答）");
    app.dispatch(intent::Submit{});
    CHECK(app.view().screen == Screen::survey_question);
    CHECK(q(app).id == "years");
    CHECK(q(app).error == "此题必须作答。");
    CHECK(app.store().counts()->survey_responses == 0);
}

TEST_CASE("survey: language switch on home and back to home", "[flow][survey][i18n]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    CHECK(app.view().surveys[0].title.find("问卷") != std::string::npos);
    app.dispatch(intent::SetLanguage{Lang::en});
    CHECK(app.view().lang == Lang::en);
    bool english = false;
    for (const auto& s : app.view().surveys) english |= s.title == "Staff work-style survey";
    CHECK(english);
    CHECK(app.tr("common.next") == "Next");
    app.dispatch(intent::StartSurvey{"no-such-survey"});
    CHECK(app.view().screen == Screen::home);
    app.dispatch(intent::StartSurvey{kStaff});
    app.dispatch(intent::Back{});
    CHECK(app.view().screen == Screen::home);
    CHECK(app.view().lang == Lang::en);  // leaving a survey keeps the chosen language
    CHECK(app.i18n().missing_keys().empty());
}
