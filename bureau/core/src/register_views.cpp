// Reads over the registers: the payroll cross-check, one person's file, the month's
// clean-up figures.
#include <map>
#include <unordered_map>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/person_casework.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/registers.hpp"

namespace sk::bureau {

Result<PayrollCheck> check_payroll_file(storage::BureauStore& s, const Actor& a,
                                        const std::filesystem::path& file,
                                        const PayrollPolicy& policy, uint32_t pay_day,
                                        std::string_view now, std::vector<std::string>& errors) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto table = read_table_file(file);
    if (!table) return table.error();
    auto rows = payroll_from_table(*table, errors);
    if (!errors.empty()) return PayrollCheck{};
    auto staff = store::list_staff(s);
    if (!staff) return staff.error();
    std::unordered_map<std::string, StaffMember> by_no;
    by_no.reserve(staff->size());
    for (auto& p : *staff) by_no.emplace(p.staff_no, p);
    auto entries = store::list_absences(s, {});
    if (!entries) return entries.error();
    auto check = check_payroll(rows, by_no, *entries, policy, pay_day);
    store::AuditEvent ev{std::string(now),
                         a.user,
                         "payroll.check",
                         "payroll",
                         file.filename().string(),
                         "",
                         std::to_string(check.rows) + " rows, " +
                             std::to_string(check.findings.size()) + " findings"};
    SK_TRY(store::audited(s, ev, [] { return sk::ok(); }));
    return check;
}

Result<PersonFile> load_person_file(storage::BureauStore& s, const Actor& a,
                                    std::string_view staff_no, uint32_t as_of, Lang lang,
                                    const WorkCalendar& cal, const AbsenteeismRule& rule,
                                    std::string_view now, const survey::TipCategories* categories) {
    SK_TRY(authorize(a, Permission::read_files));
    auto p = store::find_staff(s, staff_no);
    if (!p) return p.error();
    if (!*p)
        return Error{Errc::not_found, "unknown person: no staff number " + std::string(staff_no) +
                                          " in the register"};
    PersonFile f;
    f.person = **p;
    f.lang = lang;
    f.as_of = as_of;
    f.unit.code = f.person.unit_code;
    f.unit.name = f.person.unit_code;
    auto units = store::list_units(s);
    if (!units) return units.error();
    for (auto& u : *units)
        if (u.code == f.person.unit_code) f.unit = u;
    store::AbsenceQuery q;
    q.staff_no = std::string(staff_no);
    auto entries = store::list_absences(s, q);
    if (!entries) return entries.error();
    auto changes = store::absence_changes_of(s, staff_no);
    if (!changes) return changes.error();
    add_records(f, absence_records(*entries, *changes, lang, as_of, cal, rule));
    // Cases, talks, quarterly notes, sanctions and publications (person_casework.hpp).
    auto casework = casework_records(s, a, staff_no, lang, as_of, categories);
    if (!casework) return casework.error();
    add_records(f, std::move(casework.value()));
    // Reading a person's file is a read of identifiable data: on the record.
    store::AuditEvent ev{std::string(now),
                         a.user,
                         "person.show",
                         "staff",
                         std::string(staff_no),
                         "",
                         std::to_string(f.records.size()) + " records"};
    SK_TRY(store::audited(s, ev, [] { return sk::ok(); }));
    return f;
}

Result<CleanupReport> load_cleanup_report(storage::BureauStore& s, const Actor& a,
                                          uint32_t month_first, uint32_t campaign_start, Lang lang,
                                          int min_group) {
    SK_TRY(authorize_report(a, min_group));
    auto entries = store::list_absences(s, {});
    if (!entries) return entries.error();
    auto units = store::list_units(s);
    if (!units) return units.error();
    std::map<std::string, std::string> names;
    for (auto& u : *units) names[u.code] = u.name;
    auto r = cleanup_report(*entries, names, month_first, campaign_start, lang);
    if (!allowed(a.role, Permission::read_files)) threshold_cleanup(r, min_group);
    return r;
}

}  // namespace sk::bureau
