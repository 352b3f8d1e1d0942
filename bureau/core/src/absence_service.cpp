// The absence register's changes: add, set, bulk import; each validated against the
// registers and audited.
#include <map>
#include <unordered_map>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/registers.hpp"

namespace sk::bureau {

namespace {

// Lookups over the stored registers, loaded once per call.
struct RegisterView {
    std::unordered_map<std::string, StaffMember> staff;
    std::map<std::string, std::string> units;  // code -> name

    AbsenceLookups lookups() const {
        return {[this](const std::string& no) -> const StaffMember* {
                    auto it = staff.find(no);
                    return it == staff.end() ? nullptr : &it->second;
                },
                [this](const std::string& code) { return units.count(code) > 0; }};
    }
};

Result<RegisterView> load_view(storage::BureauStore& s) {
    RegisterView v;
    auto units = store::list_units(s);
    if (!units) return units.error();
    for (auto& u : *units) v.units[u.code] = u.name;
    auto staff = store::list_staff(s);
    if (!staff) return staff.error();
    v.staff.reserve(staff->size());
    for (auto& p : *staff) v.staff.emplace(p.staff_no, p);
    return v;
}

std::string entry_summary(const AbsenceEntry& e) {
    return std::string(slug(e.category)) + " since " + day_text(e.since) + ", " +
           std::string(slug(e.handling));
}

template <typename T, typename F>
void diff_field(std::string& out, const char* name, const T& from, const T& to, F show) {
    if (from == to) return;
    if (!out.empty()) out += "; ";
    std::string a = show(from), b = show(to);
    out += std::string(name) + ": " + (a.empty() ? "-" : a) + " -> " + (b.empty() ? "-" : b);
}

std::string changes_summary(const AbsenceEntry& a, const AbsenceEntry& b) {
    std::string o;
    auto day = [](uint32_t d) { return day_text(d); };
    auto str = [](const std::string& x) { return x; };
    diff_field(o, "category", a.category, b.category, [](auto c) { return std::string(slug(c)); });
    diff_field(o, "category_text", a.category_text, b.category_text, str);
    diff_field(o, "since", a.since, b.since, day);
    diff_field(o, "found_by", a.found_by, b.found_by, [](auto c) { return std::string(slug(c)); });
    diff_field(o, "handling", a.handling, b.handling, [](auto c) { return std::string(slug(c)); });
    diff_field(o, "deadline", a.deadline, b.deadline, day);
    diff_field(o, "returned_on", a.returned_on, b.returned_on, day);
    diff_field(o, "outcome", a.outcome, b.outcome, [](auto c) { return std::string(slug(c)); });
    diff_field(o, "closed_on", a.closed_on, b.closed_on, day);
    diff_field(o, "salary_stopped_on", a.salary_stopped_on, b.salary_stopped_on, day);
    diff_field(o, "recovered", a.recovered_fen, b.recovered_fen,
               [](int64_t f) { return yuan_text(f); });
    diff_field(o, "recovered_on", a.recovered_on, b.recovered_on, day);
    diff_field(o, "note", a.note, b.note, str);
    return o;
}

}  // namespace

Result<int64_t> add_absence(storage::BureauStore& s, const Actor& a, AbsenceEntry e, uint32_t today,
                            std::string_view now) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto v = load_view(s);
    if (!v) return v.error();
    auto lk = v->lookups();
    if (const StaffMember* p = lk.person(e.staff_no); p && e.unit_code.empty())
        e.unit_code = p->unit_code;
    SK_TRY(validate_absence(e, lk, today));
    if (!e.recorded_on) e.recorded_on = today;
    if (e.handling != Handling::none && !e.handled_on) e.handled_on = today;
    e.recorded_by = a.user;
    int64_t id = 0;
    store::AuditEvent ev{std::string(now), a.user, "absence.add",   "absence",
                         e.staff_no,       "",     entry_summary(e)};
    SK_TRY(store::audited(s, ev, [&]() -> Result<void> {
        auto r = store::insert_absence(s, e, now, a.user, "created: " + entry_summary(e));
        if (!r) return r.error();
        id = *r;
        return sk::ok();
    }));
    return id;
}

Result<AbsenceEntry> set_absence(storage::BureauStore& s, const Actor& a, int64_t id,
                                 const AbsenceUpdate& u, uint32_t today, std::string_view now) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto found = store::find_absence(s, id);
    if (!found) return found.error();
    if (!*found) return Error{Errc::not_found, "no absence entry #" + std::to_string(id)};
    AbsenceEntry before = **found, e = before;
    if (u.category) e.category = *u.category;
    if (u.category_text) e.category_text = *u.category_text;
    if (u.since) e.since = *u.since;
    if (u.found_by) e.found_by = *u.found_by;
    if (u.handling) e.handling = *u.handling;
    if (u.deadline) e.deadline = *u.deadline;
    if (u.returned_on) e.returned_on = *u.returned_on;
    if (u.outcome) e.outcome = *u.outcome;
    if (u.closed_on) e.closed_on = *u.closed_on;
    if (u.salary_stopped_on) e.salary_stopped_on = *u.salary_stopped_on;
    if (u.recovered_fen) e.recovered_fen = *u.recovered_fen;
    if (u.recovered_on) e.recovered_on = *u.recovered_on;
    if (u.note) e.note = *u.note;
    // A return date alone means the person is back.
    if (u.returned_on && *u.returned_on && !u.outcome && e.outcome == Outcome::open)
        e.outcome = Outcome::returned;
    // "Handled" counts from the first decision; later changes of handling keep that day.
    if (u.handling && e.handling != Handling::none && before.handling == Handling::none)
        e.handled_on = today;
    std::string summary = changes_summary(before, e);
    if (summary.empty())
        return Error{Errc::invalid_argument, "nothing to change in entry #" + std::to_string(id)};
    auto v = load_view(s);
    if (!v) return v.error();
    auto lk = v->lookups();
    // A person since removed from the register keeps their entry editable.
    StaffMember removed_person;
    if (!lk.person(e.staff_no)) {
        auto p = store::find_staff(s, e.staff_no);
        if (!p) return p.error();
        if (*p) {
            removed_person = **p;
            lk.person = [&](const std::string&) { return &removed_person; };
        }
    }
    SK_TRY(validate_absence(e, lk, today));
    store::AuditEvent ev{
        std::string(now),      a.user, "absence.set", "absence", "#" + std::to_string(id),
        entry_summary(before), summary};
    SK_TRY(
        store::audited(s, ev, [&] { return store::update_absence(s, e, now, a.user, summary); }));
    return e;
}

Result<RegisterImport> import_absences(storage::BureauStore& s, const Actor& a,
                                       const std::filesystem::path& file, uint32_t today,
                                       std::string_view now) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto table = read_table_file(file);
    if (!table) return table.error();
    auto v = load_view(s);
    if (!v) return v.error();
    RegisterImport r;
    r.rows = static_cast<int64_t>(table->rows.size());
    auto entries = absences_from_table(*table, v->lookups(), today, r.errors);
    if (!r.errors.empty()) return r;
    r.added = static_cast<int64_t>(entries.size());
    store::AuditEvent ev{std::string(now),
                         a.user,
                         "absence.import",
                         "absence",
                         file.filename().string(),
                         "",
                         std::to_string(r.added) + " entries"};
    SK_TRY(store::audited(s, ev, [&]() -> Result<void> {
        for (auto& e : entries) {
            e.recorded_by = a.user;
            auto id = store::insert_absence(
                s, e, now, a.user,
                "imported (" + file.filename().string() + "): " + entry_summary(e));
            if (!id) return id.error();
        }
        return sk::ok();
    }));
    return r;
}

Result<std::vector<AbsenceListRow>> list_absence_register(storage::BureauStore& s, const Actor& a,
                                                          const AbsenceListQuery& q,
                                                          const WorkCalendar& cal,
                                                          const AbsenteeismRule& rule) {
    SK_TRY(authorize(a, Permission::read_files));
    if (q.unit_code) {
        auto units = store::list_units(s);
        if (!units) return units.error();
        bool known = false;
        for (auto& u : *units) known = known || u.code == *q.unit_code;
        if (!known) return Error{Errc::invalid_argument, "unknown unit code " + *q.unit_code};
    }
    auto all = store::list_absences(s, {});
    if (!all) return all.error();
    auto v = load_view(s);
    if (!v) return v.error();
    std::unordered_map<std::string, std::vector<AbsenceEntry>> by_person;
    for (auto& e : *all) by_person[e.staff_no].push_back(e);
    std::vector<AbsenceListRow> out;
    for (auto& e : *all) {
        if (q.unit_code && e.unit_code != *q.unit_code) continue;
        if (q.category && e.category != *q.category) continue;
        AbsenceListRow row;
        row.entry = e;
        row.overdue = is_overdue_on(e, q.as_of);
        if (q.overdue_only && !row.overdue) continue;
        row.flag = absenteeism_flag(e, by_person[e.staff_no], cal, rule, q.as_of);
        auto p = v->staff.find(e.staff_no);
        if (p != v->staff.end()) row.name = p->second.name;
        auto u = v->units.find(e.unit_code);
        row.unit_name = u == v->units.end() ? e.unit_code : u->second;
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace sk::bureau
