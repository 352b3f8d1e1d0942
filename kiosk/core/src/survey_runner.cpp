#include "survey_runner.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "sk/survey/response.hpp"
#include "sk/survey/skip_logic.hpp"
#include "sk/survey/utf8.hpp"
#include "sk/survey/validation.hpp"

namespace sk::kiosk {

using survey::Answer;
using survey::QuestionType;

size_t effective_max_len(const survey::Question& q) {
    if (q.max_len) return q.max_len;
    return q.type == QuestionType::long_text ? survey::kDefaultLongTextLen
                                             : survey::kDefaultShortTextLen;
}

namespace {

size_t field_capacity(const survey::Question& q) {
    switch (q.type) {
        case QuestionType::number:
            return 32;
        case QuestionType::date:
            return 16;
        // Room for the limit in 4-byte code points, plus some, so too_long can be reported
        // with the typed count instead of ImGui silently cutting the text.
        default:
            return effective_max_len(q) * 4 + 64;
    }
}

const Message kNone{};

}  // namespace

SurveyRunner::SurveyRunner(const survey::Survey& s, TextPool& pool) : survey_(&s), pool_(&pool) {
    for (size_t i = 0; i < s.questions.size(); ++i)
        if (has_field(s.questions[i]))
            pool.ensure(field::survey_question(uint32_t(i)), field_capacity(s.questions[i]));
    auto first = survey::first_visible(s, answers_);
    current_ = first ? *first : 0;
}

bool SurveyRunner::has_field(const survey::Question& q) const {
    return q.is_text() || q.type == QuestionType::number || q.type == QuestionType::date;
}

const Message& SurveyRunner::error_of(size_t qi) const {
    auto it = review_errors_.find(qi);
    return it == review_errors_.end() ? kNone : it->second;
}

void SurveyRunner::choose(int index) {
    const auto& q = question();
    Answer a;
    if (q.type == QuestionType::single) {
        if (index < 0 || size_t(index) >= q.options.size()) return;
        a = Answer::of_choice(q.options[size_t(index)].value);
    } else if (q.type == QuestionType::likert5) {
        if (index < 0 || index > 4) return;
        a = Answer::of_integer(index + 1);
    } else if (q.type == QuestionType::rating10) {
        if (index < 0 || index > 10) return;
        a = Answer::of_integer(index);
    } else if (q.type == QuestionType::multi) {
        toggle(index);
        return;
    } else {
        return;
    }
    answers_.set(q.id, std::move(a));
    error_ = {};
    review_errors_.erase(current_);
}

void SurveyRunner::toggle(int index) {
    const auto& q = question();
    if (q.type != QuestionType::multi || index < 0 || size_t(index) >= q.options.size()) return;
    std::vector<std::string> chosen;
    if (const Answer* a = answers_.find(q.id); a && a->kind() == Answer::Kind::choices)
        chosen = a->choices();
    const std::string& v = q.options[size_t(index)].value;
    auto it = std::find(chosen.begin(), chosen.end(), v);
    if (it != chosen.end()) {
        chosen.erase(it);
    } else {
        chosen.push_back(v);
    }
    // Keep option order (the record lists choices in option order, not click order).
    std::vector<std::string> ordered;
    for (const auto& o : q.options)
        if (std::find(chosen.begin(), chosen.end(), o.value) != chosen.end())
            ordered.push_back(o.value);
    // One tick beyond the maximum is refused at once, with the reason on the page (not
    // only on 下一步, when the person has long forgotten which box was one too many).
    const size_t max = q.max_choices ? q.max_choices : q.options.size();
    if (ordered.size() > max) {
        error_ = validation_message(
            survey::validate_answer(q, Answer::of_choices(std::move(ordered)), std::nullopt));
        return;
    }
    if (ordered.empty()) {
        answers_.erase(q.id);
    } else {
        answers_.set(q.id, Answer::of_choices(std::move(ordered)));
    }
    error_ = {};
    review_errors_.erase(current_);
}

void SurveyRunner::clear_answer() {
    const auto& q = question();
    answers_.erase(q.id);
    if (has_field(q)) pool_->clear(field::survey_question(uint32_t(current_)));
    error_ = {};
}

void SurveyRunner::text_edited(FieldId f) {
    if (f == field::survey_question(uint32_t(current_))) {
        error_ = {};
        review_errors_.erase(current_);
    }
}

void SurveyRunner::set_number(double v) {
    if (question().type != QuestionType::number) return;
    pool_->set(field::survey_question(uint32_t(current_)), format_number(v));
    error_ = {};
}

void SurveyRunner::set_date(const survey::Date& d) {
    if (question().type != QuestionType::date || !d.valid()) return;
    pool_->set(field::survey_question(uint32_t(current_)), survey::format_date(d));
    error_ = {};
}

Message SurveyRunner::sync_field(size_t qi) {
    const auto& q = survey_->questions[qi];
    if (!has_field(q)) return {};
    std::string_view t = pool_->text(field::survey_question(uint32_t(qi)));
    if (survey::is_blank(t)) {
        answers_.erase(q.id);
        return {};
    }
    if (q.is_text()) {
        answers_.set(q.id, Answer::of_text(t));
        return {};
    }
    // A short copy for parsing; wiped on every path out (it is still something typed).
    std::string s(t);
    struct WipeOnExit {
        std::string& s;
        ~WipeOnExit() { crypto::wipe(s); }
    } guard{s};
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    if (q.type == QuestionType::number) {
        errno = 0;
        char* end = nullptr;
        double v = std::strtod(s.c_str(), &end);
        if (s.empty() || end != s.c_str() + s.size() || errno == ERANGE || !std::isfinite(v)) {
            answers_.erase(q.id);
            return {"validation.not_a_number", {}};
        }
        if (q.integer && v == std::floor(v) && std::fabs(v) < 9e15) {
            answers_.set(q.id, Answer::of_integer(static_cast<int64_t>(v)));
        } else {
            answers_.set(q.id, Answer::of_number(v));
        }
        return {};
    }
    auto d = survey::parse_date(s);
    if (!d) {
        answers_.erase(q.id);
        return {"validation.bad_date", {}};
    }
    answers_.set(q.id, Answer::of_date(*d));
    return {};
}

Message SurveyRunner::validate_question(size_t qi, std::optional<survey::Date> today) {
    Message m = sync_field(qi);
    if (!m.empty()) return m;
    const auto& q = survey_->questions[qi];
    const Answer* a = answers_.find(q.id);
    survey::Validation v =
        a && !a->is_none() ? survey::validate_answer(q, *a, today) : survey::validate_missing(q);
    return validation_message(v);
}

bool SurveyRunner::next(std::optional<survey::Date> today, bool& at_end) {
    at_end = false;
    error_ = validate_question(current_, today);
    if (!error_.empty()) return false;
    review_errors_.erase(current_);
    auto n = survey::next_visible(*survey_, answers_, current_);
    if (!n) {
        at_end = true;
        return false;
    }
    current_ = *n;
    error_ = {};
    return true;
}

bool SurveyRunner::back() {
    sync_field(current_);  // keep what was typed, valid or not
    auto p = survey::previous_visible(*survey_, answers_, current_);
    if (!p) return false;
    current_ = *p;
    error_ = {};
    return true;
}

bool SurveyRunner::go_to(size_t index) {
    if (index >= survey_->questions.size()) return false;
    if (!survey::is_visible(*survey_, survey_->questions[index], answers_)) return false;
    current_ = index;
    error_ = error_of(index);
    return true;
}

namespace {

// The condition looks at a question at or after `from`: its answer is still open.
bool refers_at_or_after(const survey::Condition& c, size_t from) {
    if (c.kind == survey::Condition::Kind::test) return c.question_index >= from;
    return std::any_of(c.children.begin(), c.children.end(),
                       [&](const survey::Condition& k) { return refers_at_or_after(k, from); });
}

}  // namespace

std::vector<size_t> SurveyRunner::countable() const {
    const auto vis = survey::visible_questions(*survey_, answers_);
    std::vector<bool> shown(survey_->questions.size(), false);
    for (size_t qi : vis) shown[qi] = true;
    std::vector<size_t> out;
    for (size_t qi = 0; qi < survey_->questions.size(); ++qi) {
        const survey::Question& q = survey_->questions[qi];
        // Hidden now, but decided by a question the person has not passed yet: it can
        // still appear, so it counts (the total only ever shrinks as they go on).
        if (shown[qi] || (qi > current_ && q.show_if && refers_at_or_after(*q.show_if, current_)))
            out.push_back(qi);
    }
    return out;
}

int SurveyRunner::position() const {
    const auto c = countable();
    auto it = std::find(c.begin(), c.end(), current_);
    return it == c.end() ? 0 : int(it - c.begin()) + 1;
}

int SurveyRunner::visible_count() const {
    return int(countable().size());
}

bool SurveyRunner::is_last_visible() const {
    return !survey::next_visible(*survey_, answers_, current_).has_value();
}

std::optional<size_t> SurveyRunner::validate_all(std::optional<survey::Date> today) {
    review_errors_.clear();
    for (size_t i = 0; i < survey_->questions.size(); ++i) sync_field(i);
    std::optional<size_t> first;
    for (size_t qi : survey::visible_questions(*survey_, answers_)) {
        Message m = validate_question(qi, today);
        if (m.empty()) continue;
        if (!first) first = qi;
        review_errors_[qi] = std::move(m);
    }
    return first;
}

Result<crypto::SecureBuffer> SurveyRunner::serialize(std::string_view lang) {
    survey::drop_hidden_answers(*survey_, answers_);
    return survey::serialize_response(*survey_, answers_, lang);
}

void SurveyRunner::wipe() {
    answers_.wipe_all();
    answers_.clear();
    for (size_t i = 0; i < survey_->questions.size(); ++i)
        pool_->clear(field::survey_question(uint32_t(i)));
    error_ = {};
    review_errors_.clear();
}

}  // namespace sk::kiosk
