// `bureau report survey ID`: the statistics of survey_stats.hpp as CSV, JSON or HTML.
#pragma once

#include <string>

#include "sk/bureau/survey_stats.hpp"

namespace sk::bureau {

// One row per number: group, respondents, question_id, question, type, item, count,
// percent, value. item is an option value, "mean", "min", "max", "median", "text" or
// "hidden"; value holds the label, the statistic or the text.
std::string survey_report_csv(const SurveyStats& s);
std::string survey_report_json(const SurveyStats& s);
// Self-contained page: per question a table and an inline SVG bar chart (overall), then a
// section per school.
std::string survey_report_html(const SurveyStats& s);

}  // namespace sk::bureau
