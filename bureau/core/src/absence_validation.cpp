// The absence register's entry checks, shared by `absence add`, `absence set`, the bulk
// import and the desk's forms. Each problem names its field, so a form can show the line
// beside the field it is about; validate_absence keeps the one-line refusal of the CLI.
#include "sk/bureau/register_import.hpp"

namespace sk::bureau {

std::vector<AbsenceProblem> absence_problems(const AbsenceEntry& e, const AbsenceLookups& lookups,
                                             uint32_t today) {
    std::vector<AbsenceProblem> out;
    auto bad = [&out](AbsenceField f, std::string m, std::string zh) {
        out.push_back({f, std::move(m), std::move(zh)});
    };
    using F = AbsenceField;
    if (!lookups.person(e.staff_no))
        bad(F::staff_no, "unknown person: no staff number " + e.staff_no + " in the register",
            "人员库中没有工号 " + e.staff_no);
    if (!e.unit_code.empty() && !lookups.unit_known(e.unit_code))
        bad(F::unit, "unknown unit code " + e.unit_code, "没有单位代码 " + e.unit_code);
    if (!e.since)
        bad(F::since, "no 'since' date", "请填写离岗日期");
    else if (e.since > today)
        bad(F::since, "'since' " + day_text(e.since) + " is in the future",
            "离岗日期 " + day_text(e.since) + " 晚于今天");
    if (e.category == AbsenceCategory::other && e.category_text.empty())
        bad(F::category_text, "category 'other' needs the reason as text",
            "离岗类别为“其他”时须填写原因");
    if (e.returned_on && e.returned_on < e.since)
        bad(F::returned_on,
            "return to post " + day_text(e.returned_on) + " is before 'since' " + day_text(e.since),
            "返岗日期 " + day_text(e.returned_on) + " 早于离岗日期 " + day_text(e.since));
    if (e.returned_on > today)
        bad(F::returned_on, "return to post " + day_text(e.returned_on) + " is in the future",
            "返岗日期 " + day_text(e.returned_on) + " 晚于今天");
    if (e.deadline && e.deadline < e.since)
        bad(F::deadline,
            "deadline " + day_text(e.deadline) + " is before 'since' " + day_text(e.since),
            "返岗期限 " + day_text(e.deadline) + " 早于离岗日期 " + day_text(e.since));
    if (e.handling == Handling::ordered_back && !e.deadline)
        bad(F::deadline, "'ordered back' needs a deadline", "限期返岗须填写返岗期限");
    if (e.closed_on && (e.closed_on < e.since || e.closed_on > today))
        bad(F::closed_on,
            "closing date " + day_text(e.closed_on) + " is not between 'since' and today",
            "结案日期 " + day_text(e.closed_on) + " 须在离岗日期与今天之间");
    if (e.closed_on && (e.outcome == Outcome::open || e.outcome == Outcome::returned))
        bad(F::outcome, "a closing date needs an outcome such as transferred or contract ended",
            "填写结案日期时须选择处理结果（如调离、解除聘用）");
    if (e.outcome == Outcome::returned && !e.returned_on)
        bad(F::returned_on, "outcome 'returned' needs the return-to-post date",
            "处理结果为已返岗时须填写返岗日期");
    if (e.salary_stopped_on && e.salary_stopped_on > today)
        bad(F::salary_stopped_on,
            "salary stop " + day_text(e.salary_stopped_on) + " is in the future",
            "停发工资日期 " + day_text(e.salary_stopped_on) + " 晚于今天");
    if (e.recovered_fen < 0)
        bad(F::recovered, "recovered amount is negative", "追缴金额不能为负数");
    if (e.recovered_on > today)
        bad(F::recovered_on, "recovery date is in the future", "追缴日期晚于今天");
    return out;
}

Result<void> validate_absence(const AbsenceEntry& e, const AbsenceLookups& lookups,
                              uint32_t today) {
    auto problems = absence_problems(e, lookups, today);
    if (problems.empty()) return {};
    return Error{Errc::invalid_argument, std::move(problems.front().message)};
}

}  // namespace sk::bureau
