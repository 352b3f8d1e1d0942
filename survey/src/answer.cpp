#include "sk/survey/answer.hpp"

#include <utility>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::survey {

Answer Answer::of_choice(std::string value) {
    Answer a;
    a.kind_ = Kind::choice;
    a.choice_ = std::move(value);
    crypto::wipe(value);  // a moved-from short string can keep its characters inline
    return a;
}

Answer Answer::of_choices(std::vector<std::string> values) {
    Answer a;
    a.kind_ = Kind::choices;
    a.choices_ = std::move(values);
    return a;
}

Answer Answer::of_integer(int64_t v) {
    Answer a;
    a.kind_ = Kind::integer;
    a.integer_ = v;
    return a;
}

Answer Answer::of_number(double v) {
    Answer a;
    a.kind_ = Kind::number;
    a.number_ = v;
    return a;
}

Answer Answer::of_text(std::string_view typed) {
    Answer a;
    a.kind_ = Kind::text;
    a.text_.assign(typed);
    return a;
}

Answer Answer::of_date(Date d) {
    Answer a;
    a.kind_ = Kind::date;
    a.date_ = d;
    return a;
}

bool Answer::answered() const {
    switch (kind_) {
        case Kind::none:
            return false;
        case Kind::choices:
            return !choices_.empty();
        case Kind::text:
            return !is_blank(text_.view());
        default:
            return true;
    }
}

void Answer::wipe() {
    crypto::wipe(choice_);
    for (auto& c : choices_) crypto::wipe(c);
    choices_.clear();
    crypto::wipe(&integer_, sizeof integer_);
    crypto::wipe(&number_, sizeof number_);
    text_.wipe();
    crypto::wipe(&date_, sizeof date_);
    kind_ = Kind::none;
}

const char* answer_kind_name(Answer::Kind k) {
    switch (k) {
        case Answer::Kind::none:
            return "none";
        case Answer::Kind::choice:
            return "choice";
        case Answer::Kind::choices:
            return "choices";
        case Answer::Kind::integer:
            return "integer";
        case Answer::Kind::number:
            return "number";
        case Answer::Kind::text:
            return "text";
        case Answer::Kind::date:
            return "date";
    }
    return "?";
}

void Answers::set(const std::string& question_id, Answer a) {
    auto it = map_.find(question_id);
    if (it != map_.end()) {
        it->second.wipe();  // zero the old value before its buffers are reused or freed
        it->second = std::move(a);
    } else {
        map_.emplace(question_id, std::move(a));
    }
}

const Answer* Answers::find(std::string_view question_id) const {
    auto it = map_.find(question_id);
    return it == map_.end() ? nullptr : &it->second;
}

void Answers::erase(std::string_view question_id) {
    auto it = map_.find(question_id);
    if (it == map_.end()) return;
    it->second.wipe();
    map_.erase(it);
}

void Answers::wipe_all() {
    for (auto& kv : map_) kv.second.wipe();
}

void Answers::clear() {
    wipe_all();
    map_.clear();
}

}  // namespace sk::survey
