#include "sk/bureau/report_text.hpp"

#include "sk/bureau/case_status.hpp"

namespace sk::bureau {

namespace {

// The Likert labels are the kiosk's (assets/i18n survey.likert.*; a test keeps them equal),
// so the report names each answer exactly as the respondent saw it.
const ReportText kZh = {
    "zh-CN",
    "全部",
    "概要",
    "各题结果",
    "文字回答",
    "答卷",
    "学校",
    "其中 {n} 所不单独显示",
    "时间范围",
    "生成日期",
    "不同意比例最高的题目",
    "不同意",
    "{n} 人作答",
    "平均",
    "中位数",
    "四分位数",
    "最小",
    "最大",
    "选项",
    "人数",
    "%",
    "学校",
    "题目",
    "值",
    "月份",
    "各校对比",
    "按月变化",
    "同意占比",
    "{n} 条文字回答",
    "文字回答可能暴露作答人身份，报告默认不列出（--free-text 列出达到人数门槛的分组的回答）。",
    "为防止通过相减推算出较小学校的结果，此校一并不予显示",
    "{n} 份答卷的问卷版本未登记，未计入。",
    "问卷",
    "版本",
    "作答人数少于 {n} 人的分组不予显示。",
    "否定",
    "中立",
    "肯定",
    {"非常不同意", "不同意", "一般", "同意", "非常同意"},
    "、",
};

const ReportText kEn = {
    "en",
    "All",
    "Summary",
    "Results",
    "Written answers",
    "Responses",
    "Schools",
    "{n} not shown separately",
    "Period",
    "Generated",
    "Questions with the most disagreement",
    "Disagree",
    "{n} answered",
    "mean",
    "median",
    "quartiles",
    "min",
    "max",
    "Option",
    "Count",
    "%",
    "School",
    "Question",
    "Value",
    "Month",
    "Schools compared",
    "By month",
    "Agree share",
    "{n} written answers",
    "Written answers can identify people and are not listed by default (--free-text lists "
    "those of groups above the threshold).",
    "hidden so that a smaller hidden school cannot be worked out by subtraction",
    "{n} responses with an unregistered survey version were not counted.",
    "Survey",
    "version",
    "Groups of fewer than {n} respondents are hidden.",
    "negative",
    "neutral",
    "positive",
    {"Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"},
    ", ",
};

}  // namespace

const ReportText& report_text(std::string_view lang) {
    return lang == "en" ? kEn : kZh;
}

std::string with_n(const char* pattern, long long n) {
    std::string s = pattern;
    const size_t at = s.find("{n}");
    if (at != std::string::npos) s.replace(at, 3, std::to_string(n));
    return s;
}

std::string hidden_note(int min_group, std::string_view lang) {
    if (lang == "en") return "fewer than " + std::to_string(min_group) + " responses — hidden";
    return "少于 " + std::to_string(min_group) + " 人作答，不予显示";
}

std::string status_label(std::string_view status_name, std::string_view lang) {
    auto s = parse_status(status_name);
    if (!s) return std::string(status_name);
    if (lang != "en") return status_label_zh(s.value());
    switch (s.value()) {
        case CaseStatus::new_case:
            return "New";
        case CaseStatus::under_verification:
            return "Under verification";
        case CaseStatus::substantiated:
            return "Substantiated";
        case CaseStatus::not_substantiated:
            return "Not substantiated";
        case CaseStatus::closed:
            return "Closed";
    }
    return std::string(status_name);
}

}  // namespace sk::bureau
