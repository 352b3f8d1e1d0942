// The absence register's vocabularies (CASEWORK.md, seed 004): why a person is away, who
// found it, how it is handled and how it ended. Each value has a stable slug (files, CLI,
// JSON) and a Chinese and English label (what clerks read).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace sk::bureau {

enum class AbsenceCategory {
    sick_leave,    // 长期病休
    maternity,     // 产假/孕期
    study,         // 在职进修/脱产学习
    secondment,    // 借调/借用
    unpaid_leave,  // 停薪留职/离岗创业 (approved)
    unauthorised,  // 擅自离岗/旷工
    ghost,         // 吃空饷/挂名不上班
    other,         // 其他 (with text)
};

enum class FoundBy { self_report, inspection, tip, payroll_check };

enum class Handling {
    none,               // 待处理
    arranged,           // 按政策安排
    ordered_back,       // 限期返岗 (needs a deadline)
    salary_stopped,     // 停发工资
    sanction_proposed,  // 建议处分
    contract_ended,     // 解除聘用合同
    transferred,        // 办理调动
};

enum class Outcome { open, returned, transferred, contract_ended, retired, other };

enum class Lang { zh, en };

std::string_view slug(AbsenceCategory c);
std::string_view slug(FoundBy f);
std::string_view slug(Handling h);
std::string_view slug(Outcome o);
std::string_view label(AbsenceCategory c, Lang lang);
std::string_view label(FoundBy f, Lang lang);
std::string_view label(Handling h, Lang lang);
std::string_view label(Outcome o, Lang lang);
// The usual handling of a category, as CASEWORK.md lists it (shown as guidance).
std::string_view usual_handling(AbsenceCategory c, Lang lang);

// Accept the slug, the Chinese label or the English label (case-insensitive ASCII).
std::optional<AbsenceCategory> parse_category(std::string_view s);
std::optional<FoundBy> parse_found_by(std::string_view s);
std::optional<Handling> parse_handling(std::string_view s);
std::optional<Outcome> parse_outcome(std::string_view s);

const std::vector<AbsenceCategory>& all_categories();
// Absenteeism in the sense of the personnel regulations' 15/30 working-day rule.
bool counts_as_absenteeism(AbsenceCategory c);

}  // namespace sk::bureau
