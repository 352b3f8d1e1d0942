// Skip-logic conditions ("show_if"). A condition only looks at earlier questions, which
// the parser enforces, so visibility can be decided in one pass in question order and a
// survey can never contain a cycle.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sk/survey/date.hpp"

namespace sk::survey {

class Answer;

enum class ConditionOp { eq, ne, in, not_in, gte, lte, answered, not_answered };

const char* condition_op_name(ConditionOp op);

struct Condition {
    enum class Kind { test, all, any };
    Kind kind = Kind::test;

    // kind == test
    std::string question;       // id of an earlier question
    size_t question_index = 0;  // resolved by the parser
    ConditionOp op = ConditionOp::answered;
    // Operands, typed by the referenced question: option values for single/multi,
    // numbers for likert5/rating10/number, dates for date. "value" is stored as a
    // one-element list so eq/ne and in/not_in share the evaluation code.
    std::vector<std::string> options;
    std::vector<double> numbers;
    std::vector<Date> dates;

    // kind == all / any
    std::vector<Condition> children;
};

// Evaluates a test against the referenced question's answer. `answer` is nullptr when the
// question is unanswered or hidden. Semantics (docs/SURVEY_FORMAT.md):
// - unanswered: only not_answered is true (ne and not_in are false too, as in SQL);
// - multi: eq/in are true if any chosen option is among the operands, ne/not_in if none is.
bool evaluate_test(const Condition& test, const Answer* answer);

}  // namespace sk::survey
