#include "sk/bureau/store/registers.hpp"
#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

constexpr const char* kStaffColumns =
    "SELECT staff_no, name, unit_code, post, employment, on_payroll FROM staff ";

StaffMember staff_from_row(const sql::Statement& st) {
    return StaffMember{st.column_text(0), st.column_text(1), st.column_text(2),
                       st.column_text(3), st.column_text(4), st.column_int(5) != 0};
}

}  // namespace

Result<std::vector<Unit>> list_units(storage::BureauStore& s) {
    auto st = sql::bureau_database(s).prepare(
        "SELECT code, name, kind, township FROM units ORDER BY code", "listing units");
    if (!st) return st.error();
    std::vector<Unit> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(
            Unit{st->column_text(0), st->column_text(1), st->column_text(2), st->column_text(3)});
    }
    return out;
}

Result<void> upsert_units(storage::BureauStore& s, const std::vector<Unit>& units,
                          std::string_view now) {
    auto& db = sql::bureau_database(s);
    return sql::in_transaction(db, [&]() -> Result<void> {
        auto st = db.prepare(
            "INSERT INTO units (code, name, kind, township, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "township = excluded.township, updated_at = excluded.updated_at",
            "storing units");
        if (!st) return st.error();
        for (auto& u : units) {
            st->reset();
            st->bind(1, u.code).bind(2, u.name).bind(3, u.kind).bind(4, u.township).bind(5, now);
            SK_TRY(st->run());
        }
        return sk::ok();
    });
}

Result<std::vector<StaffMember>> list_staff(storage::BureauStore& s) {
    auto st = sql::bureau_database(s).prepare(
        std::string(kStaffColumns) + "WHERE removed_at = '' ORDER BY staff_no", "listing staff");
    if (!st) return st.error();
    std::vector<StaffMember> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(staff_from_row(*st));
    }
    return out;
}

Result<std::optional<StaffMember>> find_staff(storage::BureauStore& s, std::string_view staff_no) {
    auto st = sql::bureau_database(s).prepare(std::string(kStaffColumns) + "WHERE staff_no = ?",
                                              "finding a person");
    if (!st) return st.error();
    st->bind(1, staff_no);
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) return std::optional<StaffMember>();
    return std::optional<StaffMember>(staff_from_row(*st));
}

Result<void> apply_staff_changes(storage::BureauStore& s, const std::vector<StaffMember>& upserts,
                                 const std::vector<std::string>& removed, std::string_view now) {
    auto& db = sql::bureau_database(s);
    return sql::in_transaction(db, [&]() -> Result<void> {
        auto up = db.prepare(
            "INSERT INTO staff (staff_no, name, unit_code, post, employment, on_payroll, "
            "removed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?) "
            "ON CONFLICT(staff_no) DO UPDATE SET name = excluded.name, "
            "unit_code = excluded.unit_code, post = excluded.post, "
            "employment = excluded.employment, on_payroll = excluded.on_payroll, "
            "removed_at = '', updated_at = excluded.updated_at",
            "storing staff");
        if (!up) return up.error();
        for (auto& p : upserts) {
            up->reset();
            up->bind(1, p.staff_no).bind(2, p.name).bind(3, p.unit_code).bind(4, p.post);
            up->bind(5, p.employment).bind(6, int64_t{p.on_payroll ? 1 : 0}).bind(7, now);
            SK_TRY(up->run());
        }
        auto rm = db.prepare("UPDATE staff SET removed_at = ?, updated_at = ? WHERE staff_no = ?",
                             "removing staff");
        if (!rm) return rm.error();
        for (auto& no : removed) {
            rm->reset();
            rm->bind(1, now).bind(2, now).bind(3, no);
            SK_TRY(rm->run());
        }
        return sk::ok();
    });
}

}  // namespace sk::bureau::store
