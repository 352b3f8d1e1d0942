#include "sk/bureau/store/registers.hpp"
#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

constexpr const char* kColumns =
    "SELECT id, staff_no, unit_code, category, category_text, since, found_by, handling, "
    "handled_on, deadline, returned_on, outcome, closed_on, salary_stopped_on, recovered_fen, "
    "recovered_on, note, recorded_on, recorded_by FROM absences ";

uint32_t day(const sql::Statement& st, int col) {
    return static_cast<uint32_t>(st.column_int(col));
}

AbsenceEntry entry_from_row(const sql::Statement& st) {
    AbsenceEntry e;
    e.id = st.column_int(0);
    e.staff_no = st.column_text(1);
    e.unit_code = st.column_text(2);
    e.category = parse_category(st.column_text(3)).value_or(AbsenceCategory::other);
    e.category_text = st.column_text(4);
    e.since = day(st, 5);
    e.found_by = parse_found_by(st.column_text(6)).value_or(FoundBy::self_report);
    e.handling = parse_handling(st.column_text(7)).value_or(Handling::none);
    e.handled_on = day(st, 8);
    e.deadline = day(st, 9);
    e.returned_on = day(st, 10);
    e.outcome = parse_outcome(st.column_text(11)).value_or(Outcome::open);
    e.closed_on = day(st, 12);
    e.salary_stopped_on = day(st, 13);
    e.recovered_fen = st.column_int(14);
    e.recovered_on = day(st, 15);
    e.note = st.column_text(16);
    e.recorded_on = day(st, 17);
    e.recorded_by = st.column_text(18);
    return e;
}

// Binds every column after id, starting at parameter `first`, in kColumns order. Text goes
// through string_view: std::string also converts to a blob view.
void bind_fields(sql::Statement& st, const AbsenceEntry& e, int first) {
    auto text = [&](int i, std::string_view v) { st.bind(first + i, v); };
    auto num = [&](int i, int64_t v) { st.bind(first + i, v); };
    text(0, e.staff_no);
    text(1, e.unit_code);
    text(2, slug(e.category));
    text(3, e.category_text);
    num(4, e.since);
    text(5, slug(e.found_by));
    text(6, slug(e.handling));
    num(7, e.handled_on);
    num(8, e.deadline);
    num(9, e.returned_on);
    text(10, slug(e.outcome));
    num(11, e.closed_on);
    num(12, e.salary_stopped_on);
    num(13, e.recovered_fen);
    num(14, e.recovered_on);
    text(15, e.note);
    num(16, e.recorded_on);
    text(17, e.recorded_by);
}

Result<void> add_change(sql::Database& db, int64_t id, std::string_view at, std::string_view user,
                        std::string_view summary) {
    auto st = db.prepare(
        "INSERT INTO absence_changes (absence_id, at, user, summary) VALUES (?, ?, ?, ?)",
        "recording an absence change");
    if (!st) return st.error();
    st->bind(1, id).bind(2, at).bind(3, user).bind(4, summary);
    return st->run();
}

}  // namespace

Result<std::vector<AbsenceEntry>> list_absences(storage::BureauStore& s, const AbsenceQuery& q) {
    std::string where = "WHERE 1 = 1";
    if (q.unit_code) where += " AND unit_code = ?";
    if (q.category) where += " AND category = ?";
    if (q.staff_no) where += " AND staff_no = ?";
    auto st = sql::bureau_database(s).prepare(std::string(kColumns) + where + " ORDER BY id",
                                              "listing absence entries");
    if (!st) return st.error();
    int i = 1;
    if (q.unit_code) st->bind(i++, std::string_view(*q.unit_code));
    if (q.category) st->bind(i++, slug(*q.category));
    if (q.staff_no) st->bind(i++, std::string_view(*q.staff_no));
    std::vector<AbsenceEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(entry_from_row(*st));
    }
    return out;
}

Result<std::optional<AbsenceEntry>> find_absence(storage::BureauStore& s, int64_t id) {
    auto st = sql::bureau_database(s).prepare(std::string(kColumns) + "WHERE id = ?",
                                              "finding an absence entry");
    if (!st) return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) return std::optional<AbsenceEntry>();
    return std::optional<AbsenceEntry>(entry_from_row(*st));
}

Result<int64_t> insert_absence(storage::BureauStore& s, const AbsenceEntry& e, std::string_view at,
                               std::string_view user, std::string_view summary) {
    auto& db = sql::bureau_database(s);
    return sql::in_transaction(db, [&]() -> Result<int64_t> {
        auto st = db.prepare(
            "INSERT INTO absences (staff_no, unit_code, category, category_text, since, "
            "found_by, handling, handled_on, deadline, returned_on, outcome, closed_on, "
            "salary_stopped_on, recovered_fen, recovered_on, note, recorded_on, recorded_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "adding an absence entry");
        if (!st) return st.error();
        bind_fields(*st, e, 1);
        SK_TRY(st->run());
        auto id = db.query_int("SELECT last_insert_rowid()", "adding an absence entry");
        if (!id) return id.error();
        SK_TRY(add_change(db, *id, at, user, summary));
        return *id;
    });
}

Result<void> update_absence(storage::BureauStore& s, const AbsenceEntry& e, std::string_view at,
                            std::string_view user, std::string_view summary) {
    auto& db = sql::bureau_database(s);
    return sql::in_transaction(db, [&]() -> Result<void> {
        auto st = db.prepare(
            "UPDATE absences SET staff_no = ?, unit_code = ?, category = ?, category_text = ?, "
            "since = ?, found_by = ?, handling = ?, handled_on = ?, deadline = ?, "
            "returned_on = ?, outcome = ?, closed_on = ?, salary_stopped_on = ?, "
            "recovered_fen = ?, recovered_on = ?, note = ?, recorded_on = ?, recorded_by = ? "
            "WHERE id = ?",
            "changing an absence entry");
        if (!st) return st.error();
        bind_fields(*st, e, 1);
        st->bind(19, e.id);
        SK_TRY(st->run());
        if (st->changes() != 1)
            return Error{Errc::not_found, "no absence entry #" + std::to_string(e.id)};
        return add_change(db, e.id, at, user, summary);
    });
}

Result<std::vector<AbsenceChange>> absence_changes_of(storage::BureauStore& s,
                                                      std::string_view staff_no) {
    auto st = sql::bureau_database(s).prepare(
        "SELECT c.absence_id, c.at, c.user, c.summary FROM absence_changes c "
        "JOIN absences a ON a.id = c.absence_id WHERE a.staff_no = ? ORDER BY c.id",
        "reading absence history");
    if (!st) return st.error();
    st->bind(1, staff_no);
    std::vector<AbsenceChange> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(
            {st->column_int(0), st->column_text(1), st->column_text(2), st->column_text(3)});
    }
    return out;
}

}  // namespace sk::bureau::store
