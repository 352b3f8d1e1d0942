// The survey's part of the view model: the current question (options, limits, the date
// picker, its error), progress and the review list. Every string localised here; typed
// answers only by FieldId.
#pragma once

#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/view.hpp"
#include "survey_runner.hpp"

namespace sk::kiosk {

void fill_survey_view(const SurveyRunner& r, TextPool& pool, const I18n& i18n,
                      const survey::Date& today, bool review, SurveyView& out);

}  // namespace sk::kiosk
