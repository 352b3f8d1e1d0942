// What `bureau sign-survey` checks beyond parsing before a survey goes to every kiosk: it has
// not expired, and every text is plain text of a sensible length (docs/SURVEY_FORMAT.md,
// "What sign-survey refuses"). Kiosks still parse any signed bundle; this stops mistakes and
// tricks at the one place that signs.
#pragma once

#include "sk/result.hpp"
#include "sk/survey/date.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey {

// Code points per text, by where it is shown.
constexpr std::size_t kMaxTitleChars = 200;      // title, option labels: one line
constexpr std::size_t kMaxQuestionChars = 2000;  // question text and help
constexpr std::size_t kMaxIntroChars = 5000;     // intro, thanks

// Errc::invalid_argument naming the first offending text ("questions[3].options[1].label
// (en) contains a control character ...") or the expiry.
Result<void> check_publishable(const Survey& s, const Date& today);

}  // namespace sk::survey
