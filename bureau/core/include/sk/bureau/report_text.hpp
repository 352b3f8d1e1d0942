// The words of the bureau's reports in the report's language: zh-CN (default) or en
// (`--lang en`). Question and option texts come from the survey itself; these are the
// report's own headings, notes and the fixed scale labels.
#pragma once

#include <string>
#include <string_view>

namespace sk::bureau {

struct ReportText {
    std::string_view lang;  // "zh-CN" or "en": also the html lang attribute
    const char* all;        // the everyone group
    const char* summary;
    const char* results;
    const char* written_answers;
    const char* responses;
    const char* schools;
    const char* schools_hidden;  // "{n} not shown separately"
    const char* period;
    const char* generated;
    const char* most_negative;  // "the Likert questions with the most disagreement"
    const char* negative_share;
    const char* answered;  // "{n} answered"
    const char* mean;
    const char* median;
    const char* quartiles;
    const char* min;
    const char* max;
    const char* option;
    const char* count;
    const char* percent;
    const char* school;
    const char* question;
    const char* value;
    const char* month;
    const char* by_school;
    const char* trend;
    const char* agree_share;
    const char* free_text_count;  // "{n} written answers"
    const char* free_text_hint;   // why they are not listed
    const char* hidden_by_subtraction;
    const char* unreadable;  // "{n} responses ... not counted"
    const char* survey;
    const char* version;
    const char* group_rule;  // "groups of fewer than {n} are hidden"
    const char *negative, *neutral, *positive;
    const char* likert[5];
    const char* list_sep;  // between items of a list in running text
};

// "en" gives English; anything else the zh-CN text.
const ReportText& report_text(std::string_view lang);

// "少于 5 人作答，不予显示" / "fewer than 5 responses — hidden": what reports print in
// place of a hidden group or question.
std::string hidden_note(int min_group, std::string_view lang = "zh-CN");

// Replaces the first "{n}" in `pattern` with `n`.
std::string with_n(const char* pattern, long long n);

// Case status label ("新收" / "New") by status name; the name itself if unknown.
std::string status_label(std::string_view status_name, std::string_view lang);

}  // namespace sk::bureau
