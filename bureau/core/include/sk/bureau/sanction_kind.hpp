// Measures and sanctions, lightest first (/work/shared/CASEWORK.md): a reminder
// (提醒谈话), then the sanctions of 《事业单位工作人员处分规定》 for teachers and
// 《公职人员政务处分法》 for cadres, each with its period of effect (影响期), and the
// campaign's rule (seed 000): sanctions follow only when a reminded person does not change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::bureau {

enum class SanctionKind {
    reminder,       // 提醒谈话: an organisational measure, no period
    warning,        // 警告: 6 months
    demerit,        // 记过: 12 months
    major_demerit,  // 记大过 (cadres): 18 months
    demotion,       // 降级 / 降低岗位等级: 24 months
    removal,        // 撤职 (cadres): 24 months
    dismissal,      // 开除: permanent
};

const std::vector<SanctionKind>& all_sanction_kinds();
// "reminder", "warning", "demerit", "major-demerit", "demotion", "removal", "dismissal".
std::string_view sanction_kind_name(SanctionKind k);
std::string_view sanction_kind_label(SanctionKind k, std::string_view lang);
Result<SanctionKind> parse_sanction_kind(std::string_view name);

// Months the sanction is in effect; 0 for a reminder (nothing to end) and for dismissal
// (permanent: see is_permanent).
int period_months(SanctionKind k);
bool is_permanent(SanctionKind k);
// Last day the sanction is in effect (decision day + period - 1 day), nullopt when it has
// no period (reminder) or never ends (dismissal).
std::optional<uint32_t> effect_end_day(SanctionKind k, uint32_t decision_day);
bool in_effect(SanctionKind k, uint32_t decision_day, uint32_t today);

// A reminder or talk the person had, for the "reminder first" rule.
struct PriorMeasure {
    uint32_t day = 0;
    std::string what;  // "talk", "reminder"
};

// Seed 000's rule: anything above a reminder needs a reminder or talk on or before its
// decision day. Without one: Errc::invalid_argument naming --override, unless
// override_reason is non-blank (the caller records it with the sanction).
Result<void> check_reminder_first(SanctionKind k, uint32_t decision_day,
                                  const std::vector<PriorMeasure>& prior,
                                  std::string_view override_reason);

}  // namespace sk::bureau
