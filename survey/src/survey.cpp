#include "sk/survey/survey.hpp"

namespace sk::survey {

namespace {
constexpr QuestionType kAllTypes[] = {QuestionType::single,     QuestionType::multi,
                                      QuestionType::likert5,    QuestionType::rating10,
                                      QuestionType::short_text, QuestionType::long_text,
                                      QuestionType::number,     QuestionType::date};
}  // namespace

const char* question_type_name(QuestionType t) {
    switch (t) {
        case QuestionType::single:
            return "single";
        case QuestionType::multi:
            return "multi";
        case QuestionType::likert5:
            return "likert5";
        case QuestionType::rating10:
            return "rating10";
        case QuestionType::short_text:
            return "short_text";
        case QuestionType::long_text:
            return "long_text";
        case QuestionType::number:
            return "number";
        case QuestionType::date:
            return "date";
    }
    return "?";
}

std::optional<QuestionType> question_type_from_name(std::string_view name) {
    for (auto t : kAllTypes) {
        if (name == question_type_name(t)) return t;
    }
    return std::nullopt;
}

bool Question::has_option(std::string_view value) const {
    for (const auto& o : options) {
        if (o.value == value) return true;
    }
    return false;
}

const Question* Survey::find(std::string_view question_id) const {
    auto i = index_of(question_id);
    return i ? &questions[*i] : nullptr;
}

std::optional<size_t> Survey::index_of(std::string_view question_id) const {
    for (size_t i = 0; i < questions.size(); ++i) {
        if (questions[i].id == question_id) return i;
    }
    return std::nullopt;
}

}  // namespace sk::survey
