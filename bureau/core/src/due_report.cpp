#include "sk/bureau/due_report.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/case_refs.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/bureau/store/cases.hpp"

namespace sk::bureau {

Result<std::vector<DueItem>> due_report(storage::BureauStore& s, const Actor& a, uint32_t today,
                                        const std::optional<std::string>& user, int horizon_days) {
    SK_TRY(authorize(a, Permission::read_files));
    std::vector<DueItem> items;
    auto cases = store::list_cases(s, {});
    if (!cases) return cases.error();
    for (const auto& c : cases.value()) {
        if (c.status == "closed" || c.due_day == 0) continue;
        DueItem d;
        d.kind = DueKind::case_deadline;
        d.owner = c.assignee;
        d.ref = c.case_no;
        d.what = c.unit_code + " " + c.category + " (" + c.status + ")";
        d.due_day = c.due_day;
        items.push_back(std::move(d));
    }
    auto absences = absence_deadlines(s, today);
    if (!absences) return absences.error();
    for (auto& d : absences.value()) items.push_back(std::move(d));
    const Quarter q = quarter_of(today);
    auto missing = quarterly_missing(s, a, q);
    if (!missing) return missing.error();
    for (const auto& w : missing.value()) {
        DueItem d;
        d.kind = DueKind::quarterly_entry;
        d.owner = w.owner;
        d.ref = w.staff_no;
        d.what = w.name + " " + w.unit + " " + format_quarter(q);
        d.due_day = quarterly_deadline(q);
        items.push_back(std::move(d));
    }
    return assemble_due(std::move(items), today, user, horizon_days);
}

}  // namespace sk::bureau
