#include "sk/bureau/case_refs.hpp"

#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/store/registers.hpp"
#include "sk/bureau/store/users.hpp"

namespace sk::bureau {

Result<void> require_unit(storage::BureauStore& s, std::string_view code) {
    auto units = store::list_units(s);
    if (!units) return units.error();
    for (const auto& u : units.value()) {
        if (u.code == code) return ok();
    }
    return Error{Errc::not_found, "没有单位 " + std::string(code) + " (no unit " +
                                      std::string(code) + " in the unit register)"};
}

Result<std::string> require_person(storage::BureauStore& s, std::string_view staff_no) {
    auto p = store::find_staff(s, staff_no);
    if (!p) return p.error();
    if (!p.value()) {
        return Error{Errc::not_found, "没有人员 " + std::string(staff_no) + " (no person " +
                                          std::string(staff_no) + " in the staff register)"};
    }
    return p.value()->unit_code;
}

std::string person_name(storage::BureauStore& s, std::string_view staff_no) {
    if (staff_no.empty()) return "";
    auto p = store::find_staff(s, staff_no);
    return p && p.value() ? p.value()->name : std::string();
}

Result<std::map<std::string, std::string>> unit_names(storage::BureauStore& s) {
    auto units = store::list_units(s);
    if (!units) return units.error();
    std::map<std::string, std::string> out;
    for (const auto& u : units.value()) out[u.code] = u.name;
    return out;
}

Result<void> require_case_user(storage::BureauStore& s, std::string_view user) {
    auto u = store::find_user(s, user);
    if (!u) return u.error();
    if (!u.value()) {
        return Error{Errc::not_found,
                     "没有用户 " + std::string(user) + " (no user " + std::string(user) + ")"};
    }
    if (u.value()->disabled) {
        return Error{Errc::invalid_argument, "user " + std::string(user) + " is disabled"};
    }
    if (u.value()->role != Role::lead && u.value()->role != Role::handler) {
        return Error{Errc::invalid_argument, "user " + std::string(user) + " is " +
                                                 std::string(role_name(u.value()->role)) +
                                                 "; only a handler or the lead handles cases"};
    }
    return ok();
}

Result<std::vector<DueItem>> absence_deadlines(storage::BureauStore& s, uint32_t today) {
    auto entries = store::list_absences(s, {});
    if (!entries) return entries.error();
    std::vector<DueItem> out;
    for (const auto& e : entries.value()) {
        if (e.deadline == 0 || !is_open_on(e, today)) continue;
        DueItem d;
        d.kind = DueKind::absence_deadline;
        d.owner = e.recorded_by;
        d.ref = "A-" + std::to_string(e.id);
        d.what = e.staff_no + " " + e.unit_code + " " + std::string(label(e.category, Lang::zh));
        d.due_day = e.deadline;
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace sk::bureau
