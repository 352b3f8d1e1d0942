// Validation codes (sk_survey) -> i18n keys with {min}/{max}/{actual} parameters. The core
// keeps a Message (key + params) and localises it only when building the view, so a
// language switch re-renders existing errors in the new language.
#pragma once

#include <string>

#include "sk/kiosk/i18n.hpp"
#include "sk/survey/survey.hpp"
#include "sk/survey/validation.hpp"

namespace sk::kiosk {

struct Message {
    std::string key;  // empty = no message
    Params params;
    bool empty() const { return key.empty(); }
};

Message validation_message(const survey::Validation& v);
// The message in the current language of `i18n` (empty for no message).
std::string localize(const I18n& i18n, const Message& m);
// "12", "3.5": numbers in messages without trailing zeros.
std::string format_number(double v);
// Constraint hint shown under a question ("Choose 1 to 3", "Between 0 and 120", ...).
Message constraint_hint(const survey::Question& q);

}  // namespace sk::kiosk
