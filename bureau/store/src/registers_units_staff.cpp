#include "sk/bureau/store/registers.hpp"
#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

constexpr const char* kStaffColumns =
    "SELECT staff_no, name, unit_code, post, employment, on_payroll FROM staff ";

// std::string converts to both string_view and ByteView: say which.
std::string_view sv(const std::string& s) {
    return s;
}

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
        // SQLCipher 3.4's SQLite has no UPSERT: update, and insert when nothing was there.
        auto upd = db.prepare(
            "UPDATE units SET name = ?, kind = ?, township = ?, updated_at = ? WHERE code = ?",
            "storing units");
        if (!upd) return upd.error();
        auto ins = db.prepare(
            "INSERT INTO units (name, kind, township, updated_at, code) VALUES (?, ?, ?, ?, ?)",
            "storing units");
        if (!ins) return ins.error();
        for (auto& u : units) {
            for (auto* st : {&*upd, &*ins}) {
                st->reset();
                st->bind(1, sv(u.name)).bind(2, sv(u.kind)).bind(3, sv(u.township));
                st->bind(4, now).bind(5, sv(u.code));
                SK_TRY(st->run());
                if (st->changes() == 1) break;
            }
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
        auto upd = db.prepare(
            "UPDATE staff SET name = ?, unit_code = ?, post = ?, employment = ?, on_payroll = ?, "
            "updated_at = ?, removed_at = '' WHERE staff_no = ?",
            "storing staff");
        if (!upd) return upd.error();
        auto ins = db.prepare(
            "INSERT INTO staff (name, unit_code, post, employment, on_payroll, updated_at, "
            "removed_at, staff_no) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
            "storing staff");
        if (!ins) return ins.error();
        for (auto& p : upserts) {
            for (auto* st : {&*upd, &*ins}) {
                st->reset();
                st->bind(1, sv(p.name)).bind(2, sv(p.unit_code)).bind(3, sv(p.post));
                st->bind(4, sv(p.employment)).bind(5, int64_t{p.on_payroll ? 1 : 0});
                st->bind(6, now).bind(7, sv(p.staff_no));
                SK_TRY(st->run());
                if (st->changes() == 1) break;
            }
        }
        auto rm = db.prepare("UPDATE staff SET removed_at = ?, updated_at = ? WHERE staff_no = ?",
                             "removing staff");
        if (!rm) return rm.error();
        for (auto& no : removed) {
            rm->reset();
            rm->bind(1, now).bind(2, now).bind(3, sv(no));
            SK_TRY(rm->run());
        }
        return sk::ok();
    });
}

}  // namespace sk::bureau::store
