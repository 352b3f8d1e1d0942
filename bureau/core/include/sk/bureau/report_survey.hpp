// `bureau report survey ID`: the statistics of survey_stats.hpp as CSV, JSON, HTML or the
// tables of an XLSX workbook. Every label is in the statistics' language (SurveyStats::lang).
#pragma once

#include <string>
#include <vector>

#include "sk/bureau/report_table.hpp"
#include "sk/bureau/survey_stats.hpp"

namespace sk::bureau {

struct SurveyReportOptions {
    bool ids = false;        // print question ids before the questions
    bool free_text = false;  // list the written answers of groups above the threshold
    std::string generated;   // local date "YYYY-MM-DD" the report is made (empty: omitted)
};

// One row per number: group, respondents, question_id, question, type, item, count,
// percent, value. item is an option value, "mean", "min", "q1", "median", "q3", "max",
// "texts" (the count of written answers), "text" (only with free_text) or "hidden"; value
// holds the label, the statistic or the text.
std::string survey_report_csv(const SurveyStats& s, const SurveyReportOptions& o = {});
std::string survey_report_json(const SurveyStats& s, const SurveyReportOptions& o = {});
// Self-contained page for the meeting table: summary, then per question the chart its type
// calls for, the schools compared and the trend by month (report_survey_html.cpp).
std::string survey_report_html(const SurveyStats& s, const SurveyReportOptions& o = {});
// Summary, results, schools compared, by month, written answers (free_text only): one
// sheet each in XLSX.
std::vector<ReportTable> survey_report_tables(const SurveyStats& s,
                                              const SurveyReportOptions& o = {});

// "2026-03-01 – 2026-03-28" from SurveyStats::first_day/last_day ("" if unknown).
std::string report_period(const SurveyStats& s);

}  // namespace sk::bureau
