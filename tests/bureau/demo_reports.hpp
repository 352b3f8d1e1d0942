// Demo reports for the render check and for people: the demo surveys (assets/surveys)
// answered by a deterministic made-up county (six schools, one too small to show, three
// months), and a monthly report of made-up tips. No store, no keys: just the report code.
#pragma once

#include <string>

#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/survey/survey.hpp"

namespace sk::bureau::demo {

// `seed` varies the answers; the same seed gives the same statistics.
SurveyStats demo_survey_stats(const survey::Survey& def, const std::string& lang, unsigned seed);
MonthlyReport demo_monthly_report(const std::string& lang);

}  // namespace sk::bureau::demo
