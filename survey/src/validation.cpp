#include "sk/survey/validation.hpp"

#include <cmath>

#include "sk/survey/skip_logic.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::survey {

const char* validation_error_name(ValidationError e) {
    switch (e) {
        case ValidationError::none:
            return "none";
        case ValidationError::required:
            return "required";
        case ValidationError::too_few_choices:
            return "too_few_choices";
        case ValidationError::too_many_choices:
            return "too_many_choices";
        case ValidationError::out_of_range:
            return "out_of_range";
        case ValidationError::not_integer:
            return "not_integer";
        case ValidationError::too_long:
            return "too_long";
        case ValidationError::bad_date:
            return "bad_date";
        case ValidationError::date_out_of_range:
            return "date_out_of_range";
        case ValidationError::invalid_option:
            return "invalid_option";
        case ValidationError::invalid_utf8:
            return "invalid_utf8";
        case ValidationError::wrong_kind:
            return "wrong_kind";
    }
    return "?";
}

namespace {

Validation error(ValidationError e) {
    Validation v;
    v.error = e;
    return v;
}

Validation range_error(ValidationError e, std::optional<double> min, std::optional<double> max) {
    Validation v = error(e);
    v.min = min;
    v.max = max;
    return v;
}

bool kind_fits(QuestionType t, Answer::Kind k) {
    switch (t) {
        case QuestionType::single:
            return k == Answer::Kind::choice;
        case QuestionType::multi:
            return k == Answer::Kind::choices;
        case QuestionType::likert5:
        case QuestionType::rating10:
            return k == Answer::Kind::integer;
        case QuestionType::number:
            return k == Answer::Kind::integer || k == Answer::Kind::number;
        case QuestionType::short_text:
        case QuestionType::long_text:
            return k == Answer::Kind::text;
        case QuestionType::date:
            return k == Answer::Kind::date;
    }
    return false;
}

Validation check_choices(const Question& q, const Answer& a) {
    const auto& cs = a.choices();
    for (size_t i = 0; i < cs.size(); ++i) {
        if (!q.has_option(cs[i])) return error(ValidationError::invalid_option);
        for (size_t k = 0; k < i; ++k) {
            if (cs[k] == cs[i]) return error(ValidationError::invalid_option);  // duplicate
        }
    }
    if (cs.size() < q.min_choices) {
        return range_error(ValidationError::too_few_choices, double(q.min_choices),
                           double(q.max_choices));
    }
    if (cs.size() > q.max_choices) {
        return range_error(ValidationError::too_many_choices, double(q.min_choices),
                           double(q.max_choices));
    }
    return {};
}

Validation check_scale(const Answer& a, int64_t lo, int64_t hi) {
    if (a.integer() < lo || a.integer() > hi) {
        return range_error(ValidationError::out_of_range, double(lo), double(hi));
    }
    return {};
}

Validation check_number(const Question& q, const Answer& a) {
    const double x = a.numeric();
    if (!std::isfinite(x) || (q.min && x < *q.min) || (q.max && x > *q.max)) {
        return range_error(ValidationError::out_of_range, q.min, q.max);
    }
    if (q.integer && a.kind() == Answer::Kind::number && std::trunc(x) != x) {
        return error(ValidationError::not_integer);
    }
    return {};
}

std::optional<Date> resolve(const std::optional<DateBound>& b, std::optional<Date> today) {
    if (!b) return std::nullopt;
    if (b->today) return today;  // nullopt when the caller cannot know "today"
    return b->date;
}

Validation check_date(const Question& q, const Answer& a, std::optional<Date> today) {
    const Date d = a.date();
    if (!d.valid()) return error(ValidationError::bad_date);
    const auto lo = resolve(q.min_date, today);
    const auto hi = resolve(q.max_date, today);
    if ((lo && d < *lo) || (hi && *hi < d)) {
        Validation v = error(ValidationError::date_out_of_range);
        v.min_date = lo;
        v.max_date = hi;
        return v;
    }
    return {};
}

}  // namespace

Validation validate_missing(const Question& q) {
    return q.required ? error(ValidationError::required) : Validation{};
}

Validation validate_text(std::string_view text, size_t max_len, bool required) {
    auto len = utf8_length(text);
    if (!len) return error(ValidationError::invalid_utf8);
    if (is_blank(text)) return required ? error(ValidationError::required) : Validation{};
    if (*len > max_len) {
        Validation v = range_error(ValidationError::too_long, std::nullopt, double(max_len));
        v.actual = *len;
        return v;
    }
    return {};
}

Validation validate_answer(const Question& q, const Answer& a, std::optional<Date> today) {
    // Blank text is "no answer", but its bytes must still be well-formed.
    if (q.is_text() && a.kind() == Answer::Kind::text) {
        return validate_text(a.text().view(), q.max_len, q.required);
    }
    if (!a.answered()) return validate_missing(q);
    if (!kind_fits(q.type, a.kind())) return error(ValidationError::wrong_kind);
    switch (q.type) {
        case QuestionType::single:
            return q.has_option(a.choice()) ? Validation{} : error(ValidationError::invalid_option);
        case QuestionType::multi:
            return check_choices(q, a);
        case QuestionType::likert5:
            return check_scale(a, 1, 5);
        case QuestionType::rating10:
            return check_scale(a, 0, 10);
        case QuestionType::number:
            return check_number(q, a);
        case QuestionType::short_text:
        case QuestionType::long_text:  // handled above; kind_fits let nothing else through
            break;
        case QuestionType::date:
            return check_date(q, a, today);
    }
    return error(ValidationError::wrong_kind);
}

std::vector<QuestionIssue> validate_all(const Survey& s, const Answers& answers,
                                        std::optional<Date> today) {
    std::vector<QuestionIssue> issues;
    const auto visible = visibility(s, answers);
    for (size_t i = 0; i < s.questions.size(); ++i) {
        if (!visible[i]) continue;
        const Question& q = s.questions[i];
        const Answer* a = answers.find(q.id);
        Validation v = a ? validate_answer(q, *a, today) : validate_missing(q);
        if (!v.ok()) issues.push_back({i, v});
    }
    return issues;
}

}  // namespace sk::survey
