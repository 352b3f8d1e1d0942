// Unit and staff imports: parse, compare with the register, store all or nothing with one
// audit row.
#include <map>
#include <unordered_map>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/registers.hpp"

namespace sk::bureau {

namespace {

std::string counts_text(const RegisterImport& r) {
    return "rows " + std::to_string(r.rows) + ", added " + std::to_string(r.added) + ", changed " +
           std::to_string(r.changed) + ", removed " + std::to_string(r.removed);
}

}  // namespace

Result<RegisterImport> import_units(storage::BureauStore& s, const Actor& a,
                                    const std::filesystem::path& file, std::string_view now) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto table = read_table_file(file);
    if (!table) return table.error();
    RegisterImport r;
    r.rows = static_cast<int64_t>(table->rows.size());
    auto units = units_from_table(*table, r.errors);
    if (!r.errors.empty()) return r;
    auto current = store::list_units(s);
    if (!current) return current.error();
    std::map<std::string, Unit> old;
    for (auto& u : *current) old[u.code] = u;
    std::vector<Unit> changes;
    for (auto& u : units) {
        auto it = old.find(u.code);
        if (it == old.end()) {
            ++r.added;
            r.details.push_back("+ " + u.code + " " + u.name);
        } else if (it->second.name != u.name || it->second.kind != u.kind ||
                   it->second.township != u.township) {
            ++r.changed;
            r.details.push_back("~ " + u.code + " " + it->second.name + " -> " + u.name);
        } else {
            ++r.unchanged;
            continue;
        }
        changes.push_back(u);
    }
    if (changes.empty()) return r;
    store::AuditEvent e{std::string(now),         a.user, "unit.import", "units",
                        file.filename().string(), "",     counts_text(r)};
    SK_TRY(store::audited(s, e, [&] { return store::upsert_units(s, changes, now); }));
    return r;
}

Result<RegisterImport> import_staff(storage::BureauStore& s, const Actor& a,
                                    const std::filesystem::path& file, std::string_view now,
                                    bool dry_run) {
    SK_TRY(authorize(a, Permission::edit_registers));
    auto table = read_table_file(file);
    if (!table) return table.error();
    auto units = store::list_units(s);
    if (!units) return units.error();
    std::map<std::string, bool> known;
    for (auto& u : *units) known[u.code] = true;
    RegisterImport r;
    r.rows = static_cast<int64_t>(table->rows.size());
    auto rows = staff_from_table(
        *table, [&](const std::string& code) { return known.count(code) > 0; }, r.errors);
    if (!r.errors.empty()) return r;
    auto current = store::list_staff(s);
    if (!current) return current.error();
    std::unordered_map<std::string, StaffMember> cur;
    cur.reserve(current->size());
    for (auto& p : *current) cur.emplace(p.staff_no, p);
    auto diff = diff_staff(cur, rows);
    r.added = static_cast<int64_t>(diff.added.size());
    r.changed = static_cast<int64_t>(diff.changed.size());
    r.removed = static_cast<int64_t>(diff.removed.size());
    r.unchanged = r.rows - r.added - r.changed;
    for (auto& p : diff.added) r.details.push_back("+ " + p.staff_no + " " + p.name);
    for (auto& c : diff.changed) r.details.push_back("~ " + c.staff_no + " " + c.summary);
    for (auto& p : diff.removed) r.details.push_back("- " + p.staff_no + " " + p.name);
    if (dry_run || (r.added == 0 && r.changed == 0 && r.removed == 0)) return r;
    std::vector<StaffMember> upserts = diff.added;
    upserts.insert(upserts.end(), diff.changed_rows.begin(), diff.changed_rows.end());
    std::vector<std::string> removed;
    for (auto& p : diff.removed) removed.push_back(p.staff_no);
    store::AuditEvent e{std::string(now),
                        a.user,
                        "staff.import",
                        "staff",
                        file.filename().string(),
                        std::to_string(cur.size()) + " people",
                        counts_text(r)};
    SK_TRY(
        store::audited(s, e, [&] { return store::apply_staff_changes(s, upserts, removed, now); }));
    return r;
}

}  // namespace sk::bureau
