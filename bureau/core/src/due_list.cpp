#include "sk/bureau/due_list.hpp"

#include <algorithm>
#include <tuple>

#include "sk/bureau/calendar.hpp"

namespace sk::bureau {

bool is_overdue(uint32_t due_day, uint32_t today) {
    return due_day != 0 && due_day < today;
}

std::vector<DueItem> assemble_due(std::vector<DueItem> items, uint32_t today,
                                  const std::optional<std::string>& user, int horizon_days) {
    const uint32_t until = add_days(today, horizon_days);
    std::vector<DueItem> out;
    for (auto& it : items) {
        if (it.due_day == 0 || it.due_day > until) continue;
        if (user && it.owner != *user) continue;
        it.overdue = is_overdue(it.due_day, today);
        out.push_back(std::move(it));
    }
    std::sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) {
        return std::tie(a.owner, a.due_day, a.kind, a.ref) <
               std::tie(b.owner, b.due_day, b.kind, b.ref);
    });
    return out;
}

const char* due_kind_label(DueKind k, bool en) {
    switch (k) {
        case DueKind::case_deadline:
            return en ? "case" : "案件办理";
        case DueKind::absence_deadline:
            return en ? "absence deadline" : "限期返岗";
        case DueKind::quarterly_entry:
            return en ? "quarterly entry" : "季度动态档案";
    }
    return "";
}

}  // namespace sk::bureau
