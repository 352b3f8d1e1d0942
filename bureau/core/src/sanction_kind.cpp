#include "sk/bureau/sanction_kind.hpp"

#include "sk/bureau/calendar.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

namespace {

struct KindInfo {
    SanctionKind k;
    const char* name;
    const char* zh;
    const char* en;
    int months;
};

const KindInfo kKinds[] = {
    {SanctionKind::reminder, "reminder", "提醒谈话", "reminder", 0},
    {SanctionKind::warning, "warning", "警告", "warning", 6},
    {SanctionKind::demerit, "demerit", "记过", "demerit", 12},
    {SanctionKind::major_demerit, "major-demerit", "记大过", "major demerit", 18},
    {SanctionKind::demotion, "demotion", "降级（降低岗位等级）", "demotion", 24},
    {SanctionKind::removal, "removal", "撤职", "removal from post", 24},
    {SanctionKind::dismissal, "dismissal", "开除", "dismissal", 0},
};

const KindInfo& info(SanctionKind k) {
    for (const auto& i : kKinds) {
        if (i.k == k) return i;
    }
    return kKinds[0];
}

}  // namespace

const std::vector<SanctionKind>& all_sanction_kinds() {
    static const std::vector<SanctionKind> kAll = [] {
        std::vector<SanctionKind> v;
        for (const auto& i : kKinds) v.push_back(i.k);
        return v;
    }();
    return kAll;
}

std::string_view sanction_kind_name(SanctionKind k) {
    return info(k).name;
}

std::string_view sanction_kind_label(SanctionKind k, std::string_view lang) {
    return lang == "en" ? info(k).en : info(k).zh;
}

Result<SanctionKind> parse_sanction_kind(std::string_view name) {
    std::string names;
    for (const auto& i : kKinds) {
        if (name == i.name) return i.k;
        if (!names.empty()) names += ", ";
        names += i.name;
    }
    return Error{Errc::invalid_argument,
                 "unknown sanction \"" + std::string(name) + "\" (one of: " + names + ")"};
}

int period_months(SanctionKind k) {
    return info(k).months;
}

bool is_permanent(SanctionKind k) {
    return k == SanctionKind::dismissal;
}

std::optional<uint32_t> effect_end_day(SanctionKind k, uint32_t decision_day) {
    if (period_months(k) == 0) return std::nullopt;
    return add_days(add_months(decision_day, period_months(k)), -1);
}

bool in_effect(SanctionKind k, uint32_t decision_day, uint32_t today) {
    if (today < decision_day) return false;
    if (is_permanent(k)) return true;
    auto end = effect_end_day(k, decision_day);
    return end && today <= *end;
}

Result<void> check_reminder_first(SanctionKind k, uint32_t decision_day,
                                  const std::vector<PriorMeasure>& prior,
                                  std::string_view override_reason) {
    if (k == SanctionKind::reminder) return ok();
    for (const auto& p : prior) {
        if (p.day <= decision_day) return ok();
    }
    if (!survey::is_blank(override_reason)) return ok();
    return Error{Errc::invalid_argument,
                 "未经提醒或谈话不能给予" + std::string(sanction_kind_label(k, "zh-CN")) +
                     " (no reminder or talk before " + std::string(sanction_kind_name(k)) +
                     "; give --override REASON to record why)"};
}

}  // namespace sk::bureau
