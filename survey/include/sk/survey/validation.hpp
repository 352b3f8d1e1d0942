// Per-question answer validation. Returns a machine code plus the numbers the message
// needs; the kiosk turns that into a localised sentence (assets/i18n), so no UI text lives
// here and the bureau can reuse the same checks on what it decrypts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/survey/answer.hpp"
#include "sk/survey/date.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey {

enum class ValidationError {
    none,
    required,           // no answer to a required question
    too_few_choices,    // min = min_choices
    too_many_choices,   // max = max_choices
    out_of_range,       // min / max (either may be absent for number)
    not_integer,        // number question with integer: true
    too_long,           // max = max_len, actual = code points typed
    bad_date,           // not a real calendar date
    date_out_of_range,  // min_date / max_date (with "today" resolved)
    invalid_option,     // a value that is not one of the question's options
    invalid_utf8,       // text is not well-formed UTF-8
    wrong_kind,         // e.g. a number given to a single-choice question (a caller bug)
};

// Stable snake_case name, for logs and tests (never shown to respondents).
const char* validation_error_name(ValidationError e);

struct Validation {
    ValidationError error = ValidationError::none;
    std::optional<double> min, max;
    size_t actual = 0;
    std::optional<Date> min_date, max_date;

    bool ok() const { return error == ValidationError::none; }
};

// `today` resolves "today" date bounds; with nullopt those bounds are not checked (the
// bureau cannot know which day the kiosk thought it was). Fixed bounds are always checked.
Validation validate_answer(const Question& q, const Answer& a, std::optional<Date> today);
// Same, for a question that has no entry in Answers.
Validation validate_missing(const Question& q);
// Free text (text answers and tip fields): invalid_utf8, then required (blank counts as
// empty), then too_long (code points).
Validation validate_text(std::string_view text, size_t max_len, bool required);

struct QuestionIssue {
    size_t question_index = 0;
    Validation validation;
};

// Validates every visible question in order (hidden ones are skipped: their answers are
// dropped at submit). Empty result = the response may be submitted.
std::vector<QuestionIssue> validate_all(const Survey& s, const Answers& answers,
                                        std::optional<Date> today);

}  // namespace sk::survey
