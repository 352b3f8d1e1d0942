#include "sk/desk/absence_register.hpp"

#include <algorithm>
#include <string>

#include "sk/bureau/table_import.hpp"

namespace sk::desk {

Result<AbsenceRegister> AbsenceRegister::load(storage::BureauStore& s, const bureau::Actor& a,
                                              std::optional<bureau::AbsenceCategory> category,
                                              uint32_t today, const bureau::WorkCalendar& cal) {
    bureau::AbsenceListQuery q;
    q.category = category;
    q.as_of = today;
    auto rows = bureau::list_absence_register(s, a, q, cal, {});
    if (!rows) return rows.error();
    AbsenceRegister r;
    r.rows_ = std::move(*rows);
    r.filter_ = category;
    // Newest first: the entry just added is on top.
    std::stable_sort(r.rows_.begin(), r.rows_.end(),
                     [](const auto& x, const auto& y) { return x.entry.id > y.entry.id; });
    return r;
}

size_t AbsenceRegister::overdue() const {
    return size_t(
        std::count_if(rows_.begin(), rows_.end(), [](const auto& r) { return r.overdue; }));
}

Result<int64_t> add_absence_entry(storage::BureauStore& s, const bureau::Actor& a,
                                  const AbsenceForm& f, uint32_t today, std::string_view now) {
    bureau::AbsenceEntry e;
    e.staff_no = std::string(f.staff_no);
    e.category = f.category;
    e.note = std::string(f.note);
    if (!f.since.empty()) {
        // Empty stays 0: the core names the missing date itself.
        auto day = bureau::parse_table_date(f.since);
        if (!day) {
            return Error{Errc::invalid_argument,
                         "'since' '" + std::string(f.since) + "' is not a date (YYYY-MM-DD)"};
        }
        e.since = *day;
    }
    return bureau::add_absence(s, a, std::move(e), today, now);
}

}  // namespace sk::desk
