// Survey definitions (format "sk-survey-1", docs/SURVEY_FORMAT.md) and their strict
// parser. Surveys arrive signed from the bureau, but the parser still rejects anything
// odd with a one-line message naming the question, because a survey author's typo must
// be caught by the bureau tool before it reaches a hundred kiosks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"
#include "sk/survey/condition.hpp"
#include "sk/survey/date.hpp"
#include "sk/survey/lang.hpp"

namespace sk::survey {

constexpr std::string_view kSurveyFormat = "sk-survey-1";
constexpr size_t kMaxQuestions = 100;
constexpr size_t kMaxOptions = 30;
constexpr size_t kMaxTextLen = 5000;  // code points, upper bound for max_len
constexpr size_t kDefaultShortTextLen = 100;
constexpr size_t kDefaultLongTextLen = 1000;

enum class QuestionType { single, multi, likert5, rating10, short_text, long_text, number, date };

const char* question_type_name(QuestionType t);
std::optional<QuestionType> question_type_from_name(std::string_view name);

enum class Audience { staff, parents };

struct Option {
    std::string value;
    LocalizedText label;
};

// A date bound is either fixed or "today" (the kiosk's current calendar day).
struct DateBound {
    bool today = false;
    Date date;  // when !today
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::single;
    bool required = false;
    LocalizedText text;
    LocalizedText help;  // optional

    std::vector<Option> options;  // single, multi
    size_t min_choices = 0;       // multi
    size_t max_choices = 0;       // multi; defaults to options.size()

    std::optional<double> min, max;  // number
    bool integer = false;            // number

    size_t max_len = 0;  // short_text, long_text (code points)

    std::optional<DateBound> min_date, max_date;  // date

    std::optional<Condition> show_if;

    bool has_option(std::string_view value) const;
    bool is_text() const {
        return type == QuestionType::short_text || type == QuestionType::long_text;
    }
};

struct Survey {
    std::string id;
    int64_t version = 0;
    Date expires;
    Audience audience = Audience::staff;
    LocalizedText title, intro, thanks;  // intro and thanks are optional
    std::vector<Question> questions;

    const Question* find(std::string_view question_id) const;
    std::optional<size_t> index_of(std::string_view question_id) const;
    // A survey is shown up to and including its expiry day.
    bool expired(const Date& today) const { return expires < today; }
};

// Errc::bad_format with a one-line message, or Errc::unsupported_version for a format
// string other than "sk-survey-1".
Result<Survey> parse_survey(ByteView json);

}  // namespace sk::survey
