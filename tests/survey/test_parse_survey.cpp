#include <string>
#include <vector>

#include "survey_test_util.hpp"

using namespace sk::survey;
using sk::survey::test::load_survey;
using sk::survey::test::parse_ok;

namespace {

const char* kQ1 = R"({"id": "q1", "type": "single", "text": {"zh-CN": "一"},
    "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}}]})";
const char* kQText = R"({"id": "qt", "type": "short_text", "text": {"zh-CN": "文"}})";
const char* kQNum = R"({"id": "qn", "type": "number", "text": {"zh-CN": "数"}})";
const char* kQDate = R"({"id": "qd", "type": "date", "text": {"zh-CN": "日"}})";

std::string with_questions(const std::string& questions) {
    return R"({"format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31",
               "audience": "staff", "title": {"zh-CN": "测试"}, "questions": [)" +
           questions + "]}";
}

// Earlier questions q1 (single a/b), qt (text), qn (number), qd (date), then `q`.
std::string after_basics(const std::string& q) {
    return with_questions(std::string(kQ1) + "," + kQText + "," + kQNum + "," + kQDate + "," + q);
}

std::string with_top(const std::string& fields) {
    return "{" + fields + R"(, "questions": [)" + kQ1 + "]}";
}

const std::string kTop =
    R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31", "audience": "staff", "title": {"zh-CN": "测试"})";

std::string show_if(const std::string& cond) {
    return after_basics(R"({"id": "qx", "type": "likert5", "text": {"zh-CN": "x"}, "show_if": )" +
                        cond + "}");
}

}  // namespace

TEST_CASE("demo surveys parse and use every question type", "[survey][parse]") {
    const Survey staff = load_survey("assets/surveys/staff-workstyle.json");
    const Survey parents = load_survey("assets/surveys/parent-satisfaction.json");
    CHECK(staff.id == "staff-workstyle-2026");
    CHECK(staff.audience == Audience::staff);
    CHECK(parents.id == "parent-satisfaction-2026");
    CHECK(parents.audience == Audience::parents);

    std::vector<bool> seen(8, false);
    for (const Survey* s : {&staff, &parents}) {
        CHECK(s->version == 1);
        CHECK(format_date(s->expires) == "2027-07-31");
        CHECK(s->questions.size() >= 10);
        CHECK(s->questions.size() <= 14);
        CHECK_FALSE(s->title.en.empty());
        CHECK_FALSE(s->intro.zh_cn.empty());
        CHECK_FALSE(s->thanks.zh_cn.empty());
        for (const auto& q : s->questions) {
            seen[size_t(q.type)] = true;
            INFO(s->id << " " << q.id);
            CHECK_FALSE(q.text.zh_cn.empty());
            CHECK_FALSE(q.text.en.empty());  // the demos are fully bilingual
            for (const auto& o : q.options) CHECK_FALSE(o.label.en.empty());
        }
        CHECK_FALSE(s->expired(*parse_date("2027-07-31")));
        CHECK(s->expired(*parse_date("2027-08-01")));
    }
    for (size_t t = 0; t < seen.size(); ++t) {
        INFO(question_type_name(QuestionType(t)));
        CHECK(seen[t]);
    }
    // The skip logic the brief asks for.
    REQUIRE(staff.find("lying_flat_kinds"));
    CHECK(staff.find("lying_flat_kinds")->type == QuestionType::multi);
    CHECK(staff.find("lying_flat_kinds")->show_if.has_value());
    CHECK(staff.find("lying_flat_frequency")->show_if.has_value());
    CHECK(parents.find("substitute_notified")->show_if->kind == Condition::Kind::all);
}

TEST_CASE("every question type parses with its attributes", "[survey][parse]") {
    const Survey s = parse_ok(sk::survey::test::kAllTypesSurvey);
    REQUIRE(s.questions.size() == 9);
    CHECK(s.version == 3);
    CHECK(s.intro.empty());
    const Question& single = s.questions[0];
    CHECK(single.type == QuestionType::single);
    CHECK(single.required);
    CHECK(single.options.size() == 2);
    CHECK(single.options[1].label.in("en") == "否");  // falls back to zh-CN
    const Question& multi = *s.find("m");
    CHECK(multi.min_choices == 1);
    CHECK(multi.max_choices == 2);
    CHECK_FALSE(multi.required);
    REQUIRE(multi.show_if);
    CHECK(multi.show_if->question_index == 0);
    CHECK(multi.show_if->op == ConditionOp::eq);
    CHECK(multi.show_if->options == std::vector<std::string>{"yes"});
    CHECK(s.find("l")->show_if->options == std::vector<std::string>{"a", "b"});
    CHECK(s.find("r")->type == QuestionType::rating10);
    CHECK(s.find("st")->max_len == 10);
    CHECK(s.find("lt")->max_len == kDefaultLongTextLen);
    CHECK(s.find("lt")->show_if->kind == Condition::Kind::any);
    CHECK(s.find("lt")->show_if->children.size() == 2);
    const Question& n = *s.find("n");
    CHECK(n.integer);
    CHECK(*n.min == 0);
    CHECK(*n.max == 100);
    CHECK(*s.find("x")->min == -1.5);
    const Question& d = *s.find("d");
    CHECK_FALSE(d.min_date->today);
    CHECK(format_date(d.min_date->date) == "2020-01-01");
    CHECK(d.max_date->today);
    CHECK(s.index_of("d") == size_t(8));
    CHECK_FALSE(s.index_of("nope"));
}

TEST_CASE("question defaults", "[survey][parse]") {
    const Survey s = parse_ok(with_questions(
        std::string(kQText) + R"(, {"id": "m", "type": "multi", "text": {"zh-CN": "多"},
        "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}},
                    {"value": "c", "label": {"zh-CN": "丙"}}]})"));
    CHECK(s.questions[0].max_len == kDefaultShortTextLen);
    CHECK_FALSE(s.questions[0].required);
    CHECK(s.questions[1].min_choices == 0);
    CHECK(s.questions[1].max_choices == 3);
}

TEST_CASE("malformed surveys are rejected with a one-line reason", "[survey][parse]") {
    struct Case {
        std::string json;
        std::string expect;
    };
    const std::vector<Case> cases = {
        {"{not json", "survey is not valid JSON"},
        {"[]", "survey must be a JSON object"},
        {with_top(R"("format": "sk-survey-2")"), "unsupported survey format 'sk-survey-2'"},
        {R"({"id": "t"})", "missing key 'format'"},
        {with_top(R"("format": "sk-survey-1", "version": 1)"), "missing key 'id'"},
        {with_top(kTop + R"(, "colour": "red")"), "unknown key 'colour'"},
        {with_top(R"("format": "sk-survey-1", "id": "a b", "version": 1)"), "'id' must be 1-64"},
        {with_top(R"("format": "sk-survey-1", "id": "t", "version": 0)"),
         "'version' must be an integer"},
        {with_top(R"("format": "sk-survey-1", "id": "t", "version": 1.5)"),
         "'version' must be an integer"},
        {with_top(R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-02-30")"),
         "'expires' must be YYYY-MM-DD"},
        {with_top(
             R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31", "audience": "pupils")"),
         "unknown audience 'pupils'"},
        {with_top(
             R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31", "audience": "staff", "title": {"en": "x"})"),
         "'title' needs non-empty \"zh-CN\" text"},
        {with_top(
             R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31", "audience": "staff", "title": {"zh-CN": "x", "fr": "y"})"),
         "unknown language 'fr' in 'title'"},
        {with_top(
             R"("format": "sk-survey-1", "id": "t", "version": 1, "expires": "2027-07-31", "audience": "staff", "title": "x")"),
         "'title' must be an object"},
        {with_questions(""), "'questions' must be a non-empty list"},
        {with_questions("42"), "question #1: a question must be an object"},
        {with_questions(R"({"type": "single"})"), "question #1: missing key 'id'"},
        {with_questions(std::string(kQ1) + "," + kQ1), "duplicate question id 'q1'"},
        {with_questions(R"({"id": "q1", "type": "foo", "text": {"zh-CN": "x"}})"),
         "question 'q1': unknown type 'foo'"},
        {with_questions(R"({"id": "q1", "text": {"zh-CN": "x"}})"),
         "question 'q1': missing key 'type'"},
        {with_questions(R"({"id": "q3", "type": "multi", "text": {"zh-CN": "x"}})"),
         "question 'q3': type 'multi' needs options"},
        {with_questions(R"({"id": "q3", "type": "single", "text": {"zh-CN": "x"}, "options": []})"),
         "question 'q3': type 'single' needs options"},
        {with_questions(
             R"({"id": "q3", "type": "single", "text": {"zh-CN": "x"}, "options": [{"value": "a", "label": {"zh-CN": "甲"}}]})"),
         "needs at least 2 options"},
        {with_questions(
             R"({"id": "q3", "type": "single", "text": {"zh-CN": "x"}, "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "a", "label": {"zh-CN": "乙"}}]})"),
         "duplicate option value 'a'"},
        {with_questions(
             R"({"id": "q3", "type": "single", "text": {"zh-CN": "x"}, "options": [{"value": "a"}, {"value": "b", "label": {"zh-CN": "乙"}}]})"),
         "missing key 'label'"},
        {with_questions(R"({"id": "q3", "type": "number", "text": {"zh-CN": "x"}, "options": []})"),
         "question 'q3': 'options' is not allowed for type 'number'"},
        {with_questions(R"({"id": "q3", "type": "single", "text": {"zh-CN": "x"}, "max_len": 5})"),
         "'max_len' is not allowed for type 'single'"},
        {with_questions(
             R"({"id": "q1", "type": "single", "text": {"zh-CN": "x"}, "max_choices": 1, "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}}]})"),
         "'max_choices' is not allowed for type 'single'"},
        {with_questions(
             R"({"id": "q1", "type": "multi", "text": {"zh-CN": "x"}, "max_choices": 3, "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}}]})"),
         "'max_choices' must be an integer from 1 to 2"},
        {with_questions(
             R"({"id": "q1", "type": "multi", "text": {"zh-CN": "x"}, "min_choices": 2, "max_choices": 1, "options": [{"value": "a", "label": {"zh-CN": "甲"}}, {"value": "b", "label": {"zh-CN": "乙"}}]})"),
         "min_choices is greater than max_choices"},
        {with_questions(
             R"({"id": "q1", "type": "number", "text": {"zh-CN": "x"}, "min": 5, "max": 1})"),
         "question 'q1': min is greater than max"},
        {with_questions(R"({"id": "q1", "type": "number", "text": {"zh-CN": "x"}, "min": "1"})"),
         "'min' must be a number"},
        {with_questions(R"({"id": "q1", "type": "number", "text": {"zh-CN": "x"}, "integer": 1})"),
         "'integer' must be true or false"},
        {with_questions(
             R"({"id": "q1", "type": "long_text", "text": {"zh-CN": "x"}, "max_len": 0})"),
         "'max_len' must be an integer from 1 to 5000"},
        {with_questions(
             R"({"id": "q1", "type": "date", "text": {"zh-CN": "x"}, "min_date": "yesterday"})"),
         "'min_date' must be YYYY-MM-DD or \"today\""},
        {with_questions(
             R"({"id": "q1", "type": "date", "text": {"zh-CN": "x"}, "min_date": "2026-02-01", "max_date": "2026-01-01"})"),
         "min_date is after max_date"},
        {with_questions(
             R"({"id": "q1", "type": "likert5", "text": {"zh-CN": "x"}, "required": "yes"})"),
         "question 'q1': 'required' must be true or false"},
        {with_questions(
             R"({"id": "q1", "type": "likert5", "text": {"zh-CN": "x"}, "requird": true})"),
         "question 'q1': unknown key 'requird'"},
        {with_questions(R"({"id": "q1", "type": "likert5"})"), "question 'q1': missing key 'text'"},
        {with_questions(
             R"({"id": "q1", "type": "likert5", "text": {"zh-CN": "x"}, "help": {"zh-CN": 3}})"),
         "'help' values must be strings"},
        // skip logic
        {show_if(R"({"q": "q9", "op": "answered"})"),
         "question 'qx': show_if refers to unknown or later question 'q9'"},
        {with_questions(
             std::string(
                 R"({"id": "q0", "type": "likert5", "text": {"zh-CN": "x"}, "show_if": {"q": "q1", "op": "answered"}},)") +
             kQ1),
         "show_if refers to unknown or later question 'q1'"},
        {with_questions(
             R"({"id": "q0", "type": "likert5", "text": {"zh-CN": "x"}, "show_if": {"q": "q0", "op": "answered"}})"),
         "show_if refers to unknown or later question 'q0'"},
        {show_if(R"({"q": "q1", "op": "like", "value": "a"})"), "show_if has unknown op 'like'"},
        {show_if(R"({"q": "q1", "op": "eq", "value": "zzz"})"),
         "show_if value \"zzz\" is not an option of 'q1'"},
        {show_if(R"({"q": "q1", "op": "eq", "value": 1})"), "is not an option of 'q1'"},
        {show_if(R"({"q": "qt", "op": "eq", "value": "x"})"),
         "show_if op 'eq' cannot test text question 'qt'"},
        {show_if(R"({"q": "q1", "op": "gte", "value": "a"})"),
         "show_if op 'gte' needs a numeric or date question, 'q1' is single"},
        {show_if(R"({"q": "q1", "op": "in", "value": "a"})"), "show_if op 'in' needs 'values'"},
        {show_if(R"({"q": "q1", "op": "not_in", "values": []})"),
         "show_if 'values' must be a non-empty list"},
        {show_if(R"({"q": "q1", "op": "eq", "values": ["a"]})"), "show_if op 'eq' needs 'value'"},
        {show_if(R"({"q": "q1", "op": "eq"})"), "show_if op 'eq' needs 'value'"},
        {show_if(R"({"q": "q1", "op": "answered", "value": "a"})"),
         "show_if op 'answered' takes no value"},
        {show_if(R"({"q": "qn", "op": "lte", "value": "3"})"),
         "show_if value for 'qn' must be a number"},
        {show_if(R"({"q": "qd", "op": "gte", "value": "2026-02-30"})"),
         "show_if value for date question 'qd' must be YYYY-MM-DD"},
        {show_if(R"({"all": []})"), "show_if 'all' needs a non-empty list"},
        {show_if(R"({"any": [{"q": "q1", "op": "answered"}], "q": "q1"})"), "unknown key 'q'"},
        {show_if(R"({"q": "q1", "op": "answered", "why": 1})"), "unknown key 'why'"},
        {show_if(R"("q1")"), "show_if must be an object"},
        {show_if(R"({"all": [{"any": [{"all": [{"any": [{"q": "q1", "op": "answered"}]}]}]}]})"),
         "show_if is nested too deeply"},
    };
    for (const auto& c : cases) {
        INFO(c.json);
        auto r = parse_survey(c.json);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(c.expect) != std::string::npos);
        CHECK(r.error().message.find('\n') == std::string::npos);
        const bool version = c.expect.find("unsupported") != std::string::npos;
        CHECK(r.error().code == (version ? sk::Errc::unsupported_version : sk::Errc::bad_format));
    }
}

TEST_CASE("valid conditions of every shape parse", "[survey][parse]") {
    for (const char* cond : {
             R"({"q": "q1", "op": "ne", "value": "a"})",
             R"({"q": "q1", "op": "not_in", "values": ["a", "b"]})",
             R"({"q": "qt", "op": "not_answered"})",
             R"({"q": "qn", "op": "gte", "value": 2.5})",
             R"({"q": "qn", "op": "in", "values": [1, 2, 3]})",
             R"({"q": "qd", "op": "lte", "value": "2026-09-01"})",
             R"({"all": [{"any": [{"all": [{"q": "q1", "op": "answered"}]}]}]})",
         }) {
        INFO(cond);
        auto r = parse_survey(show_if(cond));
        INFO((r.ok() ? "" : r.error().message));
        CHECK(r.ok());
    }
}
