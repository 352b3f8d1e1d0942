// Appending to and listing the audit log; verify_audit() is in audit_verify.cpp.
#include "audit_chain.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace detail {

namespace {
void put_u64(Bytes& out, uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
void put_field(Bytes& out, const std::string& f) {
    put_u64(out, f.size());
    out.insert(out.end(), f.begin(), f.end());
}
}  // namespace

crypto::Hash audit_row_hash(const crypto::Hash& prev, int64_t seq, const AuditEvent& e) {
    static constexpr std::string_view kDomain = "sk-audit-v1";
    Bytes buf(kDomain.begin(), kDomain.end());
    buf.insert(buf.end(), prev.begin(), prev.end());
    put_u64(buf, static_cast<uint64_t>(seq));
    for (const std::string* f :
         {&e.at, &e.user, &e.action, &e.object_kind, &e.object_id, &e.before, &e.after})
        put_field(buf, *f);
    return crypto::hash(buf);
}

AuditRow audit_row_from(const sql::Statement& st) {
    AuditRow r;
    r.seq = st.column_int(0);
    r.event.at = st.column_text(1);
    r.event.user = st.column_text(2);
    r.event.action = st.column_text(3);
    r.event.object_kind = st.column_text(4);
    r.event.object_id = st.column_text(5);
    r.event.before = st.column_text(6);
    r.event.after = st.column_text(7);
    ByteView p = st.column_blob_view(8);
    if (p.size == r.prev_hash.size()) std::copy(p.data, p.data + p.size, r.prev_hash.begin());
    ByteView h = st.column_blob_view(9);
    if (h.size == r.hash.size()) std::copy(h.data, h.data + h.size, r.hash.begin());
    return r;
}

Result<AuditAnchor> read_audit_head(sql::Database& db) {
    auto st =
        db.prepare("SELECT count, hash FROM audit_head WHERE id = 1", "reading the audit head");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value())
        return Error{Errc::db_error, "审计日志头缺失 (the audit head row is missing)"};
    AuditAnchor a;
    a.count = st->column_int(0);
    ByteView h = st->column_blob_view(1);
    if (h.size == a.hash.size()) std::copy(h.data, h.data + h.size, a.hash.begin());
    return a;
}

}  // namespace detail

Result<int64_t> append_audit(storage::BureauStore& s, const AuditEvent& e) {
    sql::Database& db = sql::bureau_database(s);
    if (!db.in_transaction()) {
        return Error{Errc::internal, "audit row appended outside the change's transaction"};
    }
    auto head = detail::read_audit_head(db);
    if (!head) return head.error();
    const int64_t seq = head->count + 1;
    const crypto::Hash h = detail::audit_row_hash(head->hash, seq, e);
    auto ins = db.prepare(
        "INSERT INTO audit_log (seq, at, user, action, object_kind, object_id, before, after, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "appending to the audit log");
    if (!ins) return ins.error();
    using SV = std::string_view;
    ins->bind(1, seq).bind(2, SV(e.at)).bind(3, SV(e.user)).bind(4, SV(e.action));
    ins->bind(5, SV(e.object_kind)).bind(6, SV(e.object_id));
    ins->bind(7, SV(e.before)).bind(8, SV(e.after));
    ins->bind(9, ByteView(head->hash)).bind(10, ByteView(h));
    SK_TRY(ins->run());
    auto up = db.prepare("UPDATE audit_head SET count = ?, hash = ? WHERE id = 1 AND count = ?",
                         "advancing the audit head");
    if (!up) return up.error();
    up->bind(1, seq).bind(2, ByteView(h)).bind(3, head->count);
    SK_TRY(up->run());
    if (up->changes() != 1) return Error{Errc::conflict, "the audit head moved during an append"};
    return seq;
}

Result<void> audited(storage::BureauStore& s, const AuditEvent& e,
                     const std::function<Result<void>()>& change) {
    return sql::in_transaction(sql::bureau_database(s), [&]() -> Result<void> {
        SK_TRY(change());
        auto seq = append_audit(s, e);
        if (!seq) return seq.error();
        return ok();
    });
}

Result<void> audited(storage::BureauStore& s, const std::function<Result<AuditEvent>()>& change) {
    return sql::in_transaction(sql::bureau_database(s), [&]() -> Result<void> {
        auto e = change();
        if (!e) return e.error();
        auto seq = append_audit(s, e.value());
        if (!seq) return seq.error();
        return ok();
    });
}

Result<std::vector<AuditRow>> list_audit(storage::BureauStore& s, const AuditFilter& f) {
    std::string q =
        "SELECT seq, at, user, action, object_kind, object_id, before, after, prev_hash, hash "
        "FROM audit_log WHERE 1";
    if (f.user) q += " AND user = ?1";
    if (f.since) q += " AND at >= ?2";
    if (f.object_kind) q += " AND object_kind = ?3";
    if (f.object_id) q += " AND object_id = ?4";
    q += " ORDER BY seq";
    auto st = sql::bureau_database(s).prepare(q, "listing the audit log");
    if (!st) return st.error();
    if (f.user) st->bind(1, std::string_view(*f.user));
    if (f.since) st->bind(2, std::string_view(*f.since));
    if (f.object_kind) st->bind(3, std::string_view(*f.object_kind));
    if (f.object_id) st->bind(4, std::string_view(*f.object_id));
    std::vector<AuditRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(detail::audit_row_from(st.value()));
    }
    return out;
}

std::optional<AuditAnchor> parse_audit_anchor(std::string_view s) {
    const size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 18) return std::nullopt;
    AuditAnchor a;
    for (char c : s.substr(0, colon)) {
        if (c < '0' || c > '9') return std::nullopt;
        a.count = a.count * 10 + (c - '0');
    }
    Bytes h;
    if (!from_hex(s.substr(colon + 1), h) || h.size() != a.hash.size()) return std::nullopt;
    std::copy(h.begin(), h.end(), a.hash.begin());
    return a;
}

std::string format_audit_anchor(const AuditAnchor& a) {
    return std::to_string(a.count) + ":" + to_hex(ByteView(a.hash));
}

}  // namespace sk::bureau::store
