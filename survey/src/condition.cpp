#include "sk/survey/condition.hpp"

#include <algorithm>

#include "sk/survey/answer.hpp"

namespace sk::survey {

const char* condition_op_name(ConditionOp op) {
    switch (op) {
        case ConditionOp::eq:
            return "eq";
        case ConditionOp::ne:
            return "ne";
        case ConditionOp::in:
            return "in";
        case ConditionOp::not_in:
            return "not_in";
        case ConditionOp::gte:
            return "gte";
        case ConditionOp::lte:
            return "lte";
        case ConditionOp::answered:
            return "answered";
        case ConditionOp::not_answered:
            return "not_answered";
    }
    return "?";
}

namespace {

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

// eq/in and ne/not_in differ only in arity (checked by the parser), so after parsing
// each is "is the answer among the operands" or its negation.
bool membership(ConditionOp op, bool member) {
    return (op == ConditionOp::eq || op == ConditionOp::in) ? member : !member;
}

bool compare(ConditionOp op, double x, double operand) {
    switch (op) {
        case ConditionOp::gte:
            return x >= operand;
        case ConditionOp::lte:
            return x <= operand;
        default:
            return false;
    }
}

bool compare(ConditionOp op, const Date& x, const Date& operand) {
    switch (op) {
        case ConditionOp::gte:
            return operand <= x;
        case ConditionOp::lte:
            return x <= operand;
        default:
            return false;
    }
}

}  // namespace

bool evaluate_test(const Condition& t, const Answer* a) {
    const bool answered = a != nullptr && a->answered();
    if (t.op == ConditionOp::answered) return answered;
    if (t.op == ConditionOp::not_answered) return !answered;
    if (!answered) return false;

    const bool ordered = t.op == ConditionOp::gte || t.op == ConditionOp::lte;
    switch (a->kind()) {
        case Answer::Kind::choice:
            return !ordered && membership(t.op, contains(t.options, a->choice()));
        case Answer::Kind::choices: {
            if (ordered) return false;
            bool any = false;
            for (const auto& c : a->choices()) any = any || contains(t.options, c);
            return membership(t.op, any);
        }
        case Answer::Kind::integer:
        case Answer::Kind::number:
            if (t.numbers.empty()) return false;
            if (ordered) return compare(t.op, a->numeric(), t.numbers.front());
            return membership(t.op, contains(t.numbers, a->numeric()));
        case Answer::Kind::date:
            if (t.dates.empty()) return false;
            if (ordered) return compare(t.op, a->date(), t.dates.front());
            return membership(t.op, contains(t.dates, a->date()));
        case Answer::Kind::text:  // the parser allows only answered/not_answered on text
        case Answer::Kind::none:
            return false;
    }
    return false;
}

}  // namespace sk::survey
