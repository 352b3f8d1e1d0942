// What a respondent answered. A tagged value rather than std::variant so that wipe() can
// zero every alternative in place: a variant would destroy the old alternative (freeing
// the text) before we could check or zero it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sk/survey/date.hpp"
#include "sk/survey/secret_text.hpp"

namespace sk::survey {

class Answer {
  public:
    enum class Kind { none, choice, choices, integer, number, text, date };

    Answer() = default;
    Answer(Answer&&) noexcept = default;
    Answer& operator=(Answer&&) noexcept = default;
    Answer(const Answer&) = delete;  // holds a SecretText: never duplicate it silently
    Answer& operator=(const Answer&) = delete;
    ~Answer() { wipe(); }

    static Answer of_choice(std::string value);                 // single
    static Answer of_choices(std::vector<std::string> values);  // multi
    static Answer of_integer(int64_t v);                        // likert5, rating10, number
    static Answer of_number(double v);                          // number
    static Answer of_text(std::string_view typed);              // short_text, long_text
    static Answer of_date(Date d);                              // date

    Kind kind() const { return kind_; }
    bool is_none() const { return kind_ == Kind::none; }
    const std::string& choice() const { return choice_; }
    const std::vector<std::string>& choices() const { return choices_; }
    int64_t integer() const { return integer_; }
    double number() const { return number_; }
    // The integer or number as a double (for ranges and conditions).
    double numeric() const { return kind_ == Kind::integer ? double(integer_) : number_; }
    const SecretText& text() const { return text_; }
    Date date() const { return date_; }

    // False for none, for an empty choice list and for blank text: "answered" is what the
    // required check and the answered/not_answered conditions mean.
    bool answered() const;

    // Zeroes every stored value in place and makes the answer none. Text storage stays
    // allocated (zeroed) until the Answer is destroyed or reassigned.
    void wipe();

  private:
    Kind kind_ = Kind::none;
    std::string choice_;
    std::vector<std::string> choices_;
    int64_t integer_ = 0;
    double number_ = 0;
    SecretText text_;
    Date date_;
};

const char* answer_kind_name(Answer::Kind k);

// Answers of one respondent, keyed by question id.
class Answers {
  public:
    Answers() = default;
    Answers(Answers&&) noexcept = default;
    Answers& operator=(Answers&&) noexcept = default;
    ~Answers() { wipe_all(); }

    void set(const std::string& question_id, Answer a);
    // nullptr when there is no entry (an entry may still be none after wipe()).
    const Answer* find(std::string_view question_id) const;
    // Wipes and removes one answer (e.g. the respondent cleared it).
    void erase(std::string_view question_id);
    // Zeroes every answer in place (entries stay, as none, with zeroed storage) so a
    // session that times out leaves nothing readable; clear() then drops the entries.
    void wipe_all();
    void clear();

    size_t size() const { return map_.size(); }
    bool empty() const { return map_.empty(); }
    auto begin() const { return map_.begin(); }
    auto end() const { return map_.end(); }

  private:
    std::map<std::string, Answer, std::less<>> map_;
};

}  // namespace sk::survey
