// One respondent's pass through one survey: paging over visible questions (skip logic),
// answers, per-question validation messages. Text, number and date answers are typed into
// TextPool fields and copied into Answers (SecretText) when the respondent moves on.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/survey.hpp"
#include "text_pool.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

size_t effective_max_len(const survey::Question& q);

class SurveyRunner {
  public:
    // Creates a field per text/number/date question in `pool`.
    SurveyRunner(const survey::Survey& s, TextPool& pool);

    const survey::Survey& survey() const { return *survey_; }
    const survey::Answers& answers() const { return answers_; }
    size_t current() const { return current_; }
    const survey::Question& question() const { return survey_->questions[current_]; }
    const Message& error() const { return error_; }
    const Message& error_of(size_t qi) const;

    void choose(int index);
    // Multi choice; a tick beyond max_choices is refused and sets error().
    void toggle(int index);
    void clear_answer();
    void text_edited(FieldId f);
    void set_number(double v);
    void set_date(const survey::Date& d);

    // Validates the current question; moves on if valid. False: blocked (error() set) or
    // at the end (then `at_end` is true and the caller shows the review page).
    bool next(std::optional<survey::Date> today, bool& at_end);
    bool back();  // false at the first visible question
    bool go_to(size_t index);
    // 1-based position among the questions that are or can still be shown (hidden ones
    // whose condition looks at a question not yet passed count), and how many those are:
    // the total never grows while the person moves on, so progress never goes back.
    int position() const;
    int visible_count() const;
    bool is_last_visible() const;

    // Review / submit: syncs every field, validates all visible questions, sets per-question
    // errors; returns the first invalid question index, or nullopt when all are valid.
    std::optional<size_t> validate_all(std::optional<survey::Date> today);
    // Drops hidden answers and serialises (survey response JSON in secure memory).
    Result<crypto::SecureBuffer> serialize(std::string_view lang);

    // Zeroes every answer (Answers::wipe_all) and every field; the runner is then unusable.
    void wipe();

  private:
    std::vector<size_t> countable() const;
    bool has_field(const survey::Question& q) const;
    // Field text -> Answers for question qi. Returns a "not a number / bad date" message
    // when the text cannot be parsed (the answer is then removed).
    Message sync_field(size_t qi);
    Message validate_question(size_t qi, std::optional<survey::Date> today);

    const survey::Survey* survey_;
    TextPool* pool_;
    survey::Answers answers_;
    size_t current_ = 0;
    Message error_;
    std::map<size_t, Message> review_errors_;
};

}  // namespace sk::kiosk
