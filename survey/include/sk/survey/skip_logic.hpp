// Which questions are shown, given the answers so far, and paging over the shown ones.
// A question whose show_if refers to a hidden question sees that question as unanswered:
// an answer the respondent can no longer see must not steer the survey (nor be submitted).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "sk/survey/answer.hpp"
#include "sk/survey/condition.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey {

// Visibility of every question, in order (one pass; conditions only look backwards).
std::vector<bool> visibility(const Survey& s, const Answers& answers);
// Needs the survey, not just the question, because visibility is transitive.
bool is_visible(const Survey& s, const Question& q, const Answers& answers);
// Indices of visible questions, in order.
std::vector<size_t> visible_questions(const Survey& s, const Answers& answers);

// Evaluates a whole condition tree against answers, treating questions marked false in
// `visible` as unanswered.
bool evaluate(const Condition& c, const Survey& s, const Answers& answers,
              const std::vector<bool>& visible);

// Paging. Each returns nullopt when there is no such question (start / end of survey).
std::optional<size_t> first_visible(const Survey& s, const Answers& answers);
std::optional<size_t> next_visible(const Survey& s, const Answers& answers, size_t current);
std::optional<size_t> previous_visible(const Survey& s, const Answers& answers, size_t current);

// At submit: wipes and removes answers to hidden questions and to ids the survey does not
// have. Returns how many were dropped.
size_t drop_hidden_answers(const Survey& s, Answers& answers);

}  // namespace sk::survey
