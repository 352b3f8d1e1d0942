#include "sk/bureau/store/followups.hpp"

#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

template <typename Row, typename F>
Result<std::vector<Row>> rows_of(storage::BureauStore& s, const std::string& query,
                                 std::string_view staff_no, const char* what, F&& from_row) {
    auto st = sql::bureau_database(s).prepare(query, what);
    if (!st) return st.error();
    st->bind(1, staff_no).bind(2, staff_no);
    std::vector<Row> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(from_row(st.value()));
    }
    return out;
}

Result<int64_t> last_id(storage::BureauStore& s, const char* table) {
    return sql::bureau_database(s).query_int(std::string("SELECT max(id) FROM ") + table,
                                             "reading the new row");
}

bool is_unique_violation(const Error& e) {
    return e.message.find("UNIQUE") != std::string::npos ||
           e.message.find("unique") != std::string::npos;
}

}  // namespace

Result<int64_t> insert_talk(storage::BureauStore& s, const TalkRow& t,
                            std::optional<int64_t> case_id) {
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO talks (staff_no, kind, day, by_user, note, case_id, created_at, created_by) "
        "VALUES (?,?,?,?,?,?,?,?)",
        "adding a talk");
    if (!st) return st.error();
    st->bind(1, t.staff_no)
        .bind(2, t.kind)
        .bind(3, int64_t{t.day})
        .bind(4, t.by_user)
        .bind(5, t.note);
    if (case_id) {
        st->bind(6, *case_id);
    } else {
        st->bind_null(6);
    }
    st->bind(7, t.created_at).bind(8, t.created_by);
    SK_TRY(st->run());
    return last_id(s, "talks");
}

Result<int64_t> insert_quarterly(storage::BureauStore& s, const QuarterlyRow& q) {
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO quarterly_notes (staff_no, quarter, rating, note, created_at, created_by) "
        "VALUES (?,?,?,?,?,?)",
        "adding a quarterly entry");
    if (!st) return st.error();
    st->bind(1, q.staff_no)
        .bind(2, q.quarter)
        .bind(3, q.rating)
        .bind(4, q.note)
        .bind(5, q.created_at)
        .bind(6, q.created_by);
    auto r = st->run();
    if (!r) {
        if (is_unique_violation(r.error())) {
            return Error{Errc::already_exists,
                         q.staff_no + " already has an entry for " + q.quarter};
        }
        return r.error();
    }
    return last_id(s, "quarterly_notes");
}

Result<int64_t> insert_sanction(storage::BureauStore& s, const SanctionRow& r, int64_t case_id) {
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO sanctions (staff_no, kind, case_id, day, decision_no, end_day, "
        "override_reason, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)",
        "adding a sanction");
    if (!st) return st.error();
    st->bind(1, r.staff_no)
        .bind(2, r.kind)
        .bind(3, case_id)
        .bind(4, int64_t{r.day})
        .bind(5, r.decision_no)
        .bind(6, int64_t{r.end_day})
        .bind(7, r.override_reason)
        .bind(8, r.created_at)
        .bind(9, r.created_by);
    SK_TRY(st->run());
    return last_id(s, "sanctions");
}

Result<void> insert_published(storage::BureauStore& s, int64_t case_id, const PublishedRow& p) {
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO published_cases (case_id, summary, show_name, on_board, published_day, "
        "published_at, published_by) VALUES (?,?,?,?,?,?,?)",
        "publishing a case");
    if (!st) return st.error();
    st->bind(1, case_id)
        .bind(2, p.summary)
        .bind(3, int64_t{p.show_name ? 1 : 0})
        .bind(4, int64_t{p.on_board ? 1 : 0})
        .bind(5, int64_t{p.published_day})
        .bind(6, p.published_at)
        .bind(7, p.published_by);
    auto r = st->run();
    if (!r && is_unique_violation(r.error())) {
        return Error{Errc::already_exists, p.case_no + " is published already"};
    }
    return r;
}

Result<std::vector<TalkRow>> talks_of(storage::BureauStore& s, std::string_view staff_no) {
    return rows_of<TalkRow>(
        s,
        "SELECT t.id, t.staff_no, t.kind, t.day, t.by_user, t.note, COALESCE(c.case_no, ''), "
        "t.created_at, t.created_by FROM talks t LEFT JOIN cases c ON c.id = t.case_id "
        "WHERE (? = '' OR t.staff_no = ?) ORDER BY t.day, t.id",
        staff_no, "listing talks", [](const sql::Statement& st) {
            return TalkRow{st.column_int(0),  st.column_text(1),
                           st.column_text(2), static_cast<uint32_t>(st.column_int(3)),
                           st.column_text(4), st.column_text(5),
                           st.column_text(6), st.column_text(7),
                           st.column_text(8)};
        });
}

Result<std::vector<QuarterlyRow>> quarterly_of(storage::BureauStore& s, std::string_view staff_no) {
    return rows_of<QuarterlyRow>(
        s,
        "SELECT id, staff_no, quarter, rating, note, created_at, created_by FROM "
        "quarterly_notes WHERE (? = '' OR staff_no = ?) ORDER BY quarter, staff_no",
        staff_no, "listing quarterly entries", [](const sql::Statement& st) {
            return QuarterlyRow{st.column_int(0),  st.column_text(1), st.column_text(2),
                                st.column_text(3), st.column_text(4), st.column_text(5),
                                st.column_text(6)};
        });
}

Result<std::vector<SanctionRow>> sanctions_of(storage::BureauStore& s, std::string_view staff_no) {
    return rows_of<SanctionRow>(
        s,
        "SELECT x.id, x.staff_no, x.kind, c.case_no, x.day, x.decision_no, x.end_day, "
        "x.override_reason, x.created_at, x.created_by FROM sanctions x JOIN cases c ON "
        "c.id = x.case_id WHERE (? = '' OR x.staff_no = ?) ORDER BY x.day, x.id",
        staff_no, "listing sanctions", [](const sql::Statement& st) {
            SanctionRow r;
            r.id = st.column_int(0);
            r.staff_no = st.column_text(1);
            r.kind = st.column_text(2);
            r.case_no = st.column_text(3);
            r.day = static_cast<uint32_t>(st.column_int(4));
            r.decision_no = st.column_text(5);
            r.end_day = static_cast<uint32_t>(st.column_int(6));
            r.override_reason = st.column_text(7);
            r.created_at = st.column_text(8);
            r.created_by = st.column_text(9);
            return r;
        });
}

namespace {

constexpr const char* kPublishedColumns =
    "SELECT c.case_no, p.summary, p.show_name, p.on_board, p.published_day, p.published_at, "
    "p.published_by FROM published_cases p JOIN cases c ON c.id = p.case_id ";

PublishedRow published_from_row(const sql::Statement& st) {
    PublishedRow p;
    p.case_no = st.column_text(0);
    p.summary = st.column_text(1);
    p.show_name = st.column_int(2) != 0;
    p.on_board = st.column_int(3) != 0;
    p.published_day = static_cast<uint32_t>(st.column_int(4));
    p.published_at = st.column_text(5);
    p.published_by = st.column_text(6);
    return p;
}

}  // namespace

Result<std::vector<PublishedRow>> published_cases(storage::BureauStore& s, uint32_t from,
                                                  uint32_t to) {
    auto st = sql::bureau_database(s).prepare(
        std::string(kPublishedColumns) +
            "WHERE (? = 0 OR p.published_day BETWEEN ? AND ?) ORDER BY p.published_day, c.case_no",
        "listing published cases");
    if (!st) return st.error();
    st->bind(1, int64_t{to}).bind(2, int64_t{from}).bind(3, int64_t{to});
    std::vector<PublishedRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(published_from_row(st.value()));
    }
    return out;
}

Result<std::optional<PublishedRow>> published_case(storage::BureauStore& s,
                                                   std::string_view case_no) {
    auto st = sql::bureau_database(s).prepare(
        std::string(kPublishedColumns) + "WHERE c.case_no = ?", "finding a published case");
    if (!st) return st.error();
    st->bind(1, case_no);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<PublishedRow>();
    return std::optional<PublishedRow>(published_from_row(st.value()));
}

Result<std::vector<WatchRow>> watch_rows(storage::BureauStore& s) {
    auto st = sql::bureau_database(s).prepare(
        "WITH reasons(staff_no, day) AS ("
        "  SELECT staff_no, received_day FROM cases WHERE staff_no <> '' AND "
        "    finding = 'substantiated'"
        "  UNION ALL SELECT staff_no, day FROM talks"
        "  UNION ALL SELECT staff_no, day FROM sanctions"
        "  UNION ALL SELECT staff_no, CAST(substr(quarter, 1, 4) AS INTEGER) * 10000 + "
        "    ((CAST(substr(quarter, 6, 1) AS INTEGER) - 1) * 3 + 1) * 100 + 1 "
        "    FROM quarterly_notes WHERE rating = 'poor')"
        " SELECT r.staff_no, min(r.day),"
        "  EXISTS (SELECT 1 FROM sanctions x WHERE x.staff_no = r.staff_no AND "
        "    x.kind = 'dismissal'),"
        "  COALESCE((SELECT c.assignee FROM cases c WHERE c.staff_no = r.staff_no "
        "    ORDER BY c.received_day DESC, c.id DESC LIMIT 1), '')"
        " FROM reasons r GROUP BY r.staff_no ORDER BY r.staff_no",
        "listing the watch list");
    if (!st) return st.error();
    std::vector<WatchRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back({st->column_text(0), static_cast<uint32_t>(st->column_int(1)),
                       st->column_int(2) != 0, st->column_text(3)});
    }
    return out;
}

}  // namespace sk::bureau::store
