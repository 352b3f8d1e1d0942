#include <cmath>
#include <limits>

#include "sk/survey/validation.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;

namespace {

const Survey& survey() {
    static const Survey s = sk::survey::test::parse_ok(sk::survey::test::kAllTypesSurvey);
    return s;
}

const Question& q(const char* id) {
    const Question* p = survey().find(id);
    REQUIRE(p);
    return *p;
}

const Date kToday{2026, 11, 3};

ValidationError check(const char* id, const Answer& a, std::optional<Date> today = kToday) {
    return validate_answer(q(id), a, today).error;
}

}  // namespace

TEST_CASE("required and unanswered", "[survey][validation]") {
    sk::survey::test::setup();
    CHECK(check("s", Answer{}) == ValidationError::required);
    CHECK(validate_missing(q("s")).error == ValidationError::required);
    CHECK(validate_missing(q("r")).ok());
    CHECK(check("r", Answer{}) == ValidationError::none);
    // Blank text and an empty choice list are "no answer".
    CHECK(check("st", Answer::of_text("   ")) == ValidationError::none);
    CHECK(check("m", Answer::of_choices({})) == ValidationError::none);
}

TEST_CASE("single and multi choices", "[survey][validation]") {
    sk::survey::test::setup();
    CHECK(check("s", Answer::of_choice("yes")) == ValidationError::none);
    CHECK(check("s", Answer::of_choice("maybe")) == ValidationError::invalid_option);
    CHECK(check("s", Answer::of_integer(1)) == ValidationError::wrong_kind);

    CHECK(check("m", Answer::of_choices({"a"})) == ValidationError::none);
    CHECK(check("m", Answer::of_choices({"a", "c"})) == ValidationError::none);
    auto v = validate_answer(q("m"), Answer::of_choices({"a", "b", "c"}), kToday);
    CHECK(v.error == ValidationError::too_many_choices);
    CHECK(*v.max == 2);
    CHECK(check("m", Answer::of_choices({"a", "z"})) == ValidationError::invalid_option);
    CHECK(check("m", Answer::of_choices({"a", "a"})) == ValidationError::invalid_option);

    // min_choices 2 of 3
    const Survey s = sk::survey::test::parse_ok(R"({"format": "sk-survey-1", "id": "t",
        "version": 1, "expires": "2027-07-31", "audience": "staff", "title": {"zh-CN": "t"},
        "questions": [{"id": "m", "type": "multi", "min_choices": 2, "text": {"zh-CN": "多"},
        "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}},
                    {"value": "c", "label": {"zh-CN": "丙"}}]}]})");
    auto few = validate_answer(s.questions[0], Answer::of_choices({"b"}), kToday);
    CHECK(few.error == ValidationError::too_few_choices);
    CHECK(*few.min == 2);
    CHECK(*few.max == 3);
    CHECK(validate_answer(s.questions[0], Answer::of_choices({"a", "b", "c"}), kToday).ok());
}

TEST_CASE("likert5 and rating10 scales", "[survey][validation]") {
    sk::survey::test::setup();
    for (int i = 1; i <= 5; ++i) CHECK(check("l", Answer::of_integer(i)) == ValidationError::none);
    auto v = validate_answer(q("l"), Answer::of_integer(0), kToday);
    CHECK(v.error == ValidationError::out_of_range);
    CHECK(*v.min == 1);
    CHECK(*v.max == 5);
    CHECK(check("l", Answer::of_integer(6)) == ValidationError::out_of_range);
    CHECK(check("l", Answer::of_number(3.0)) == ValidationError::wrong_kind);
    CHECK(check("r", Answer::of_integer(0)) == ValidationError::none);
    CHECK(check("r", Answer::of_integer(10)) == ValidationError::none);
    CHECK(check("r", Answer::of_integer(11)) == ValidationError::out_of_range);
    CHECK(check("r", Answer::of_integer(-1)) == ValidationError::out_of_range);
}

TEST_CASE("numbers: range and integer", "[survey][validation]") {
    sk::survey::test::setup();
    CHECK(check("n", Answer::of_integer(0)) == ValidationError::none);
    CHECK(check("n", Answer::of_integer(100)) == ValidationError::none);
    CHECK(check("n", Answer::of_number(42.0)) == ValidationError::none);
    CHECK(check("n", Answer::of_number(42.5)) == ValidationError::not_integer);
    auto v = validate_answer(q("n"), Answer::of_integer(101), kToday);
    CHECK(v.error == ValidationError::out_of_range);
    CHECK(*v.min == 0);
    CHECK(*v.max == 100);
    CHECK(check("n", Answer::of_integer(-1)) == ValidationError::out_of_range);
    CHECK(check("x", Answer::of_number(-1.5)) == ValidationError::none);
    CHECK(check("x", Answer::of_number(2.5)) == ValidationError::none);
    CHECK(check("x", Answer::of_number(2.5000001)) == ValidationError::out_of_range);
    CHECK(check("x", Answer::of_number(0.25)) == ValidationError::none);
    CHECK(check("x", Answer::of_number(std::nan(""))) == ValidationError::out_of_range);
    CHECK(check("x", Answer::of_number(std::numeric_limits<double>::infinity())) ==
          ValidationError::out_of_range);
    CHECK(check("x", Answer::of_text("1")) == ValidationError::wrong_kind);
}

TEST_CASE("text: length in code points, UTF-8", "[survey][validation]") {
    sk::survey::test::setup();
    CHECK(check("st", Answer::of_text("0123456789")) == ValidationError::none);
    CHECK(check("st", Answer::of_text("躺平躺平躺平躺平躺平")) ==
          ValidationError::none);  // 10 chars, 30 bytes
    auto v = validate_answer(q("st"), Answer::of_text("躺平躺平躺平躺平躺平躺"), kToday);
    CHECK(v.error == ValidationError::too_long);
    CHECK(*v.max == 10);
    CHECK(v.actual == 11);
    CHECK(check("st", Answer::of_text("\xF0\x9F\x98\x80\xF0\x9F\x98\x80")) ==
          ValidationError::none);
    CHECK(check("st", Answer::of_text("ab\xC3")) == ValidationError::invalid_utf8);
    CHECK(check("st", Answer::of_text(" \xFF ")) == ValidationError::invalid_utf8);
    CHECK(check("lt", Answer::of_text(std::string(1000, 'x'))) == ValidationError::none);
    CHECK(check("lt", Answer::of_text(std::string(1001, 'x'))) == ValidationError::too_long);
}

TEST_CASE("dates: format and range with an injected today", "[survey][validation]") {
    sk::survey::test::setup();
    CHECK(check("d", Answer::of_date({2026, 11, 3})) == ValidationError::none);
    CHECK(check("d", Answer::of_date({2020, 1, 1})) == ValidationError::none);
    auto late = validate_answer(q("d"), Answer::of_date({2026, 11, 4}), kToday);
    CHECK(late.error == ValidationError::date_out_of_range);
    CHECK(*late.min_date == Date{2020, 1, 1});
    CHECK(*late.max_date == kToday);
    CHECK(check("d", Answer::of_date({2019, 12, 31})) == ValidationError::date_out_of_range);
    CHECK(check("d", Answer::of_date({2026, 2, 30})) == ValidationError::bad_date);
    CHECK(check("d", Answer::of_date({})) == ValidationError::bad_date);
    // Without a known today, only the fixed bound applies.
    CHECK(check("d", Answer::of_date({2030, 1, 1}), std::nullopt) == ValidationError::none);
    CHECK(check("d", Answer::of_date({2019, 1, 1}), std::nullopt) ==
          ValidationError::date_out_of_range);
}

TEST_CASE("validate_all reports visible questions only", "[survey][validation]") {
    sk::survey::test::setup();
    Answers a;
    auto issues = validate_all(survey(), a, kToday);
    REQUIRE(issues.size() == 1);  // only "s" is required
    CHECK(survey().questions[issues[0].question_index].id == "s");
    CHECK(issues[0].validation.error == ValidationError::required);

    a.set("s", Answer::of_choice("no"));
    a.set("m", Answer::of_choices({"a", "b", "c"}));  // invalid, but "m" is hidden
    CHECK(validate_all(survey(), a, kToday).empty());
    a.set("s", Answer::of_choice("yes"));
    issues = validate_all(survey(), a, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].validation.error == ValidationError::too_many_choices);
}

TEST_CASE("validation error names are stable", "[survey][validation]") {
    CHECK(std::string(validation_error_name(ValidationError::too_long)) == "too_long");
    CHECK(std::string(validation_error_name(ValidationError::date_out_of_range)) ==
          "date_out_of_range");
}
