#include "sk/bureau/store/cases.hpp"

#include <cstdio>
#include <cstring>

#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

constexpr const char* kColumns =
    "SELECT id, case_no, channel, category, unit_code, staff_no, status, finding, body, source, "
    "tip_id, receipt_lookup, reply, reply_lang, received_day, assignee, due_day, created_at, "
    "created_by, updated_at FROM cases ";

CaseRow case_from_row(const sql::Statement& st) {
    CaseRow c;
    c.id = st.column_int(0);
    c.case_no = st.column_text(1);
    c.channel = st.column_text(2);
    c.category = st.column_text(3);
    c.unit_code = st.column_text(4);
    c.staff_no = st.column_text(5);
    c.status = st.column_text(6);
    c.finding = st.column_text(7);
    c.body = st.column_text(8);
    c.source = st.column_text(9);
    if (!st.is_null(10)) c.tip_id = st.column_int(10);
    if (!st.is_null(11)) {
        ByteView b = st.column_blob_view(11);
        if (b.size == 32) {
            crypto::Hash h{};
            std::memcpy(h.data(), b.data, 32);
            c.receipt_lookup = h;
        }
    }
    c.reply = st.column_text(12);
    c.reply_lang = st.column_text(13);
    c.received_day = static_cast<uint32_t>(st.column_int(14));
    c.assignee = st.column_text(15);
    c.due_day = static_cast<uint32_t>(st.column_int(16));
    c.created_at = st.column_text(17);
    c.created_by = st.column_text(18);
    c.updated_at = st.column_text(19);
    return c;
}

Result<std::vector<CaseRow>> collect(sql::Statement& st) {
    std::vector<CaseRow> out;
    for (;;) {
        auto row = st.step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(case_from_row(st));
    }
    return out;
}

}  // namespace

Result<std::string> next_case_no(storage::BureauStore& s, char prefix, int year) {
    char like[16];
    std::snprintf(like, sizeof like, "%c-%04d-", prefix, year);
    auto st = sql::bureau_database(s).prepare(
        "SELECT COALESCE(max(CAST(substr(case_no, 8) AS INTEGER)), 0) FROM cases "
        "WHERE substr(case_no, 1, 7) = ?",
        "numbering a case");
    if (!st) return st.error();
    st->bind(1, std::string_view(like));
    auto row = st->step();
    if (!row) return row.error();
    const int64_t last = row.value() ? st->column_int(0) : 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%04lld", like, static_cast<long long>(last + 1));
    return std::string(buf);
}

namespace {

constexpr const char* kInsertCase =
    "INSERT INTO cases (case_no, channel, category, unit_code, staff_no, status, finding, "
    "body, source, tip_id, receipt_lookup, received_day, assignee, due_day, created_at, "
    "created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

void bind_case(sql::Statement& st, const CaseRow& c) {
    st.bind(1, c.case_no)
        .bind(2, c.channel)
        .bind(3, c.category)
        .bind(4, c.unit_code)
        .bind(5, c.staff_no)
        .bind(6, c.status)
        .bind(7, c.finding)
        .bind(8, c.body)
        .bind(9, c.source);
    if (c.tip_id) {
        st.bind(10, *c.tip_id);
    } else {
        st.bind_null(10);
    }
    if (c.receipt_lookup) {
        st.bind(11, ByteView(*c.receipt_lookup));
    } else {
        st.bind_null(11);
    }
    st.bind(12, int64_t{c.received_day})
        .bind(13, c.assignee)
        .bind(14, int64_t{c.due_day})
        .bind(15, c.created_at)
        .bind(16, c.created_by)
        .bind(17, c.created_at);
}

// The six fields of a history entry, bound from parameter `first` on.
void bind_history(sql::Statement& st, int first, const CaseHistoryRow& h) {
    st.bind(first, h.at)
        .bind(first + 1, h.user)
        .bind(first + 2, h.action)
        .bind(first + 3, h.from_status)
        .bind(first + 4, h.to_status)
        .bind(first + 5, h.note);
}

CaseHistoryRow created_entry(const CaseRow& c, std::string_view note) {
    return {c.created_at, c.created_by, "created", "", c.status, std::string(note)};
}

}  // namespace

Result<CaseRow> insert_case(storage::BureauStore& s, const CaseRow& c, std::string_view note) {
    auto& db = sql::bureau_database(s);
    auto st = db.prepare(kInsertCase, "adding a case");
    if (!st) return st.error();
    bind_case(st.value(), c);
    SK_TRY(st->run());
    auto stored = find_case(s, c.case_no);
    if (!stored) return stored.error();
    if (!stored.value()) return Error{Errc::internal, "case vanished after insert"};
    SK_TRY(add_case_history(s, stored.value()->id, created_entry(c, note)));
    return *stored.value();
}

Result<void> insert_cases(storage::BureauStore& s, const std::vector<CaseRow>& rows,
                          std::string_view note) {
    auto& db = sql::bureau_database(s);
    return sql::in_transaction(db, [&]() -> Result<void> {
        // Two statements prepared once for the whole list (an import opens one case per
        // new tip, thousands per batch); the history row takes the case's new row id.
        auto ins = db.prepare(kInsertCase, "adding a case");
        if (!ins) return ins.error();
        auto hist = db.prepare(
            "INSERT INTO case_history (case_id, at, user, action, from_status, to_status, note) "
            "VALUES (last_insert_rowid(),?,?,?,?,?,?)",
            "adding to a case's history");
        if (!hist) return hist.error();
        for (const CaseRow& c : rows) {
            ins->reset();
            bind_case(ins.value(), c);
            SK_TRY(ins->run());
            hist->reset();
            bind_history(hist.value(), 1, created_entry(c, note));
            SK_TRY(hist->run());
        }
        return ok();
    });
}

Result<std::optional<CaseRow>> find_case(storage::BureauStore& s, std::string_view case_no) {
    auto st = sql::bureau_database(s).prepare(std::string(kColumns) + "WHERE case_no = ?",
                                              "finding a case");
    if (!st) return st.error();
    st->bind(1, case_no);
    auto rows = collect(st.value());
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<CaseRow>();
    return std::optional<CaseRow>(std::move(rows->front()));
}

Result<std::vector<CaseRow>> list_cases(storage::BureauStore& s, const CaseFilter& f) {
    std::string where = "WHERE 1";
    std::vector<std::string> text;
    auto add = [&](const std::optional<std::string>& v, const char* col) {
        if (!v) return;
        where += std::string(" AND ") + col + " = ?";
        text.push_back(*v);
    };
    add(f.status, "status");
    add(f.channel, "channel");
    add(f.unit_code, "unit_code");
    add(f.staff_no, "staff_no");
    add(f.assignee, "assignee");
    if (f.search) {
        where += " AND (instr(case_no, ?) OR instr(category, ?) OR instr(body, ?))";
        for (int i = 0; i < 3; ++i) text.push_back(*f.search);
    }
    if (f.due_before) {
        where += " AND status <> 'closed' AND due_day > 0 AND due_day < " +
                 std::to_string(*f.due_before);
    }
    if (f.received_from) where += " AND received_day >= " + std::to_string(*f.received_from);
    if (f.received_to) where += " AND received_day <= " + std::to_string(*f.received_to);
    auto st = sql::bureau_database(s).prepare(
        std::string(kColumns) + where + " ORDER BY received_day, case_no", "listing cases");
    if (!st) return st.error();
    int i = 1;
    for (const auto& t : text) st->bind(i++, std::string_view(t));
    return collect(st.value());
}

Result<std::vector<CaseHistoryRow>> case_history(storage::BureauStore& s, int64_t case_id) {
    auto st = sql::bureau_database(s).prepare(
        "SELECT at, user, action, from_status, to_status, note FROM case_history "
        "WHERE case_id = ? ORDER BY id",
        "reading a case's history");
    if (!st) return st.error();
    st->bind(1, case_id);
    std::vector<CaseHistoryRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back({st->column_text(0), st->column_text(1), st->column_text(2),
                       st->column_text(3), st->column_text(4), st->column_text(5)});
    }
    return out;
}

Result<int64_t> count_status_changes(storage::BureauStore& s, std::string_view to_status,
                                     std::string_view at_prefix) {
    auto st = sql::bureau_database(s).prepare(
        "SELECT count(*) FROM case_history WHERE to_status = ? AND substr(at, 1, ?) = ? "
        "AND action IN ('status', 'reopen')",
        "counting status changes");
    if (!st) return st.error();
    st->bind(1, to_status).bind(2, static_cast<int64_t>(at_prefix.size())).bind(3, at_prefix);
    auto row = st->step();
    if (!row) return row.error();
    return row.value() ? st->column_int(0) : int64_t{0};
}

Result<void> add_case_history(storage::BureauStore& s, int64_t case_id, const CaseHistoryRow& h) {
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO case_history (case_id, at, user, action, from_status, to_status, note) "
        "VALUES (?,?,?,?,?,?,?)",
        "adding to a case's history");
    if (!st) return st.error();
    st->bind(1, case_id);
    bind_history(st.value(), 2, h);
    return st->run();
}

Result<void> update_case_status(storage::BureauStore& s, const CaseRow& c, const StatusChange& ch) {
    auto& db = sql::bureau_database(s);
    auto st = db.prepare(
        "UPDATE cases SET status = ?, finding = ?, updated_at = ? WHERE id = ? AND status = ?",
        "changing a case's status");
    if (!st) return st.error();
    st->bind(1, ch.to).bind(2, ch.finding).bind(3, ch.now).bind(4, c.id).bind(5, ch.from);
    SK_TRY(st->run());
    if (st->changes() == 0) {
        return Error{Errc::conflict, c.case_no + " was changed by someone else; look again"};
    }
    if (c.tip_id) {
        auto tip = db.prepare("UPDATE tips SET status = ?, updated_at = ? WHERE id = ?",
                              "updating the tip's board status");
        if (!tip) return tip.error();
        tip->bind(1, ch.board_status).bind(2, ch.now).bind(3, *c.tip_id);
        SK_TRY(tip->run());
    }
    return add_case_history(s, c.id, {ch.now, ch.user, ch.action, ch.from, ch.to, ch.note});
}

Result<void> update_case_link(storage::BureauStore& s, int64_t case_id, std::string_view unit,
                              std::string_view staff_no, std::string_view user,
                              std::string_view note, std::string_view now) {
    auto st = sql::bureau_database(s).prepare(
        "UPDATE cases SET unit_code = ?, staff_no = ?, updated_at = ? WHERE id = ?",
        "linking a case");
    if (!st) return st.error();
    st->bind(1, unit).bind(2, staff_no).bind(3, now).bind(4, case_id);
    SK_TRY(st->run());
    std::string what = "unit " + (unit.empty() ? std::string("-") : std::string(unit)) +
                       ", person " + (staff_no.empty() ? std::string("-") : std::string(staff_no));
    return add_case_history(
        s, case_id,
        {std::string(now), std::string(user), "link", "", "", what + ": " + std::string(note)});
}

Result<void> update_case_assignee(storage::BureauStore& s, int64_t case_id,
                                  std::string_view assignee, uint32_t due_day,
                                  std::string_view user, std::string_view note,
                                  std::string_view now) {
    auto st = sql::bureau_database(s).prepare(
        "UPDATE cases SET assignee = ?, due_day = ?, updated_at = ? WHERE id = ?",
        "assigning a case");
    if (!st) return st.error();
    st->bind(1, assignee).bind(2, int64_t{due_day}).bind(3, now).bind(4, case_id);
    SK_TRY(st->run());
    return add_case_history(s, case_id,
                            {std::string(now), std::string(user), "assign", "", "",
                             std::string(assignee) + " due " + std::to_string(due_day) +
                                 (note.empty() ? "" : ": " + std::string(note))});
}

Result<void> update_case_reply(storage::BureauStore& s, int64_t case_id, std::string_view reply,
                               std::string_view lang, std::string_view user, std::string_view now) {
    auto st = sql::bureau_database(s).prepare(
        "UPDATE cases SET reply = ?, reply_lang = ?, updated_at = ? WHERE id = ?",
        "saving a reply");
    if (!st) return st.error();
    st->bind(1, reply).bind(2, lang).bind(3, now).bind(4, case_id);
    SK_TRY(st->run());
    return add_case_history(s, case_id, {std::string(now), std::string(user), "reply", "", "", ""});
}

Result<std::vector<CaseRow>> tips_without_case(storage::BureauStore& s, std::string_view user,
                                               std::string_view now) {
    auto& db = sql::bureau_database(s);
    auto fresh = db.prepare(
        "SELECT t.id, t.case_no, t.category, t.status, t.day FROM tips t "
        "WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.tip_id = t.id) ORDER BY t.id",
        "finding tips without a case");
    if (!fresh) return fresh.error();
    std::vector<CaseRow> rows;
    for (;;) {
        auto row = fresh->step();
        if (!row) return row.error();
        if (!row.value()) break;
        CaseRow c;
        c.tip_id = fresh->column_int(0);
        c.case_no = fresh->column_text(1);
        c.category = fresh->column_text(2);
        c.status = fresh->column_text(3);
        c.received_day = static_cast<uint32_t>(fresh->column_int(4));
        c.channel = "kiosk";
        c.created_at = std::string(now);
        c.created_by = std::string(user);
        rows.push_back(std::move(c));
    }
    return rows;
}

}  // namespace sk::bureau::store
