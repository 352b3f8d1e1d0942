#include <string>
#include <vector>

#include "sk/survey/skip_logic.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;

namespace {

const Survey& all_types() {
    static const Survey s = sk::survey::test::parse_ok(sk::survey::test::kAllTypesSurvey);
    return s;
}

std::vector<std::string> shown(const Survey& s, const Answers& a) {
    std::vector<std::string> ids;
    for (size_t i : visible_questions(s, a)) ids.push_back(s.questions[i].id);
    return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("visibility follows answers, transitively", "[survey][skip]") {
    sk::survey::test::setup();
    const Survey& s = all_types();
    Answers a;
    CHECK(shown(s, a) == Ids{"s", "r", "st", "n", "x", "d"});

    a.set("s", Answer::of_choice("yes"));
    CHECK(shown(s, a) == Ids{"s", "m", "r", "st", "n", "x", "d"});
    a.set("m", Answer::of_choices({"c"}));
    CHECK_FALSE(is_visible(s, *s.find("l"), a));
    a.set("m", Answer::of_choices({"c", "a"}));
    CHECK(is_visible(s, *s.find("l"), a));
    CHECK(shown(s, a) == Ids{"s", "m", "l", "r", "st", "n", "x", "d"});

    // "m" becomes hidden: its stale answer must not keep "l" visible.
    a.set("s", Answer::of_choice("no"));
    CHECK_FALSE(is_visible(s, *s.find("m"), a));
    CHECK_FALSE(is_visible(s, *s.find("l"), a));

    // any: r <= 3 or st answered
    a.set("r", Answer::of_integer(4));
    CHECK_FALSE(is_visible(s, *s.find("lt"), a));
    a.set("r", Answer::of_integer(3));
    CHECK(is_visible(s, *s.find("lt"), a));
    a.set("r", Answer::of_integer(9));
    a.set("st", Answer::of_text("  "));  // blank is not an answer
    CHECK_FALSE(is_visible(s, *s.find("lt"), a));
    a.set("st", Answer::of_text("有话说"));
    CHECK(is_visible(s, *s.find("lt"), a));
}

TEST_CASE("paging forwards and backwards as visibility changes", "[survey][skip]") {
    sk::survey::test::setup();
    const Survey& s = all_types();
    Answers a;
    CHECK(first_visible(s, a) == size_t(0));
    CHECK(next_visible(s, a, 0) == size_t(3));  // m, l hidden
    CHECK(previous_visible(s, a, 3) == size_t(0));
    CHECK_FALSE(previous_visible(s, a, 0));

    a.set("s", Answer::of_choice("yes"));
    CHECK(next_visible(s, a, 0) == size_t(1));
    a.set("m", Answer::of_choices({"b"}));
    CHECK(next_visible(s, a, 1) == size_t(2));
    CHECK(next_visible(s, a, 2) == size_t(3));
    CHECK(previous_visible(s, a, 3) == size_t(2));
    CHECK(next_visible(s, a, 4) == size_t(6));  // lt hidden
    CHECK(next_visible(s, a, 7) == size_t(8));
    CHECK_FALSE(next_visible(s, a, 8));

    // Going back to the first page and changing the answer removes m and l from the path.
    a.set("s", Answer::of_choice("no"));
    CHECK(next_visible(s, a, 0) == size_t(3));
    CHECK(previous_visible(s, a, 3) == size_t(0));
    CHECK(previous_visible(s, a, 100) == size_t(8));  // past the end: last visible
}

TEST_CASE("hidden answers are dropped and wiped at submit", "[survey][skip]") {
    sk::survey::test::setup();
    const Survey& s = all_types();
    Answers a;
    a.set("s", Answer::of_choice("yes"));
    a.set("m", Answer::of_choices({"a"}));
    a.set("l", Answer::of_integer(4));
    a.set("st", Answer::of_text("x"));
    a.set("not-a-question", Answer::of_integer(1));
    CHECK(drop_hidden_answers(s, a) == 1);  // only the unknown id
    a.set("s", Answer::of_choice("no"));
    CHECK(drop_hidden_answers(s, a) == 2);  // m and l
    CHECK(a.find("m") == nullptr);
    CHECK(a.find("l") == nullptr);
    CHECK(a.find("s") != nullptr);
    CHECK(a.find("st") != nullptr);
}

TEST_CASE("condition operators", "[survey][skip]") {
    sk::survey::test::setup();
    Condition c;
    c.options = {"a", "b"};

    auto choice = Answer::of_choice("a");
    auto other = Answer::of_choice("z");
    c.op = ConditionOp::in;
    CHECK(evaluate_test(c, &choice));
    CHECK_FALSE(evaluate_test(c, &other));
    c.op = ConditionOp::not_in;
    CHECK_FALSE(evaluate_test(c, &choice));
    CHECK(evaluate_test(c, &other));
    // Unanswered: every comparison is false, including ne / not_in.
    CHECK_FALSE(evaluate_test(c, nullptr));
    c.op = ConditionOp::ne;
    CHECK_FALSE(evaluate_test(c, nullptr));
    c.op = ConditionOp::not_answered;
    CHECK(evaluate_test(c, nullptr));
    CHECK_FALSE(evaluate_test(c, &choice));
    c.op = ConditionOp::answered;
    CHECK_FALSE(evaluate_test(c, nullptr));

    // multi: eq means "includes", ne means "does not include".
    c.options = {"b"};
    auto many = Answer::of_choices({"a", "b"});
    auto few = Answer::of_choices({"a"});
    c.op = ConditionOp::eq;
    CHECK(evaluate_test(c, &many));
    CHECK_FALSE(evaluate_test(c, &few));
    c.op = ConditionOp::ne;
    CHECK_FALSE(evaluate_test(c, &many));
    CHECK(evaluate_test(c, &few));

    // numbers
    Condition n;
    n.numbers = {3};
    auto three = Answer::of_integer(3);
    auto pi = Answer::of_number(3.14);
    n.op = ConditionOp::gte;
    CHECK(evaluate_test(n, &three));
    CHECK(evaluate_test(n, &pi));
    n.op = ConditionOp::lte;
    CHECK(evaluate_test(n, &three));
    CHECK_FALSE(evaluate_test(n, &pi));
    n.op = ConditionOp::eq;
    CHECK(evaluate_test(n, &three));
    CHECK_FALSE(evaluate_test(n, &pi));
    n.op = ConditionOp::not_in;
    n.numbers = {1, 2};
    CHECK(evaluate_test(n, &three));

    // dates
    Condition d;
    d.dates = {Date{2026, 9, 1}};
    auto before = Answer::of_date({2026, 8, 31});
    auto on = Answer::of_date({2026, 9, 1});
    d.op = ConditionOp::gte;
    CHECK_FALSE(evaluate_test(d, &before));
    CHECK(evaluate_test(d, &on));
    d.op = ConditionOp::lte;
    CHECK(evaluate_test(d, &before));
    d.op = ConditionOp::eq;
    CHECK(evaluate_test(d, &on));
}

TEST_CASE("demo survey skip logic", "[survey][skip]") {
    sk::survey::test::setup();
    const Survey staff = sk::survey::test::load_survey("assets/surveys/staff-workstyle.json");
    const size_t seen = *staff.index_of("lying_flat_seen");
    const size_t absent = *staff.index_of("absent_known");
    Answers a;
    a.set("lying_flat_seen", Answer::of_choice("no"));
    CHECK(next_visible(staff, a, seen) == absent);
    a.set("lying_flat_seen", Answer::of_choice("yes"));
    CHECK(next_visible(staff, a, seen) == *staff.index_of("lying_flat_kinds"));
    CHECK(previous_visible(staff, a, absent) == *staff.index_of("lying_flat_frequency"));
    a.set("absent_known", Answer::of_choice("unsure"));
    CHECK(next_visible(staff, a, absent) == *staff.index_of("workload"));
    a.set("absent_known", Answer::of_choice("yes"));
    CHECK(next_visible(staff, a, absent) == *staff.index_of("absent_count"));

    const Survey parents = sk::survey::test::load_survey("assets/surveys/parent-satisfaction.json");
    const Question& notified = *parents.find("substitute_notified");
    Answers p;
    p.set("absent_often", Answer::of_choice("no"));
    CHECK_FALSE(is_visible(parents, notified, p));
    p.set("absent_often", Answer::of_choice("yes"));
    CHECK(is_visible(parents, notified, p));  // lesson count not answered yet
    p.set("absent_lessons_month", Answer::of_integer(0));
    CHECK_FALSE(is_visible(parents, notified, p));
    p.set("absent_lessons_month", Answer::of_integer(4));
    CHECK(is_visible(parents, notified, p));
}
