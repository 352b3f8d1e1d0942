#include "sk/desk/absence_register.hpp"

#include <algorithm>
#include <string>

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
                                  const AbsenceForm& f, uint32_t today, std::string_view now,
                                  FormProblems* problems) {
    FormProblems local;
    FormProblems& p = problems ? *problems : local;
    p.clear();
    bureau::AbsenceEntry e;
    e.staff_no = std::string(f.staff_no);
    e.category = f.category;
    if (f.category == bureau::AbsenceCategory::other)
        e.category_text = std::string(f.category_text);
    e.note = std::string(f.note);
    // Empty stays 0: the core names the missing date itself.
    auto since = typed_day(f.since, bureau::AbsenceField::since, "since", p);
    if (since) {
        e.since = *since;
        SK_TRY(check_absence_entry(s, e, today, p));
    }
    if (!p.empty()) return Error{Errc::invalid_argument, p.first()};
    auto id = bureau::add_absence(s, a, std::move(e), today, now);
    if (!id) p.general = id.error().message;
    return id;
}

}  // namespace sk::desk
