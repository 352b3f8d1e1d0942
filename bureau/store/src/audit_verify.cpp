// verify_audit(): walks the chain from row 1 and compares its end with audit_head.
#include "audit_chain.hpp"
#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

AuditCheck bad(int64_t rows, int64_t seq, std::string problem) {
    AuditCheck c;
    c.rows = rows;
    c.first_bad = seq;
    c.problem = std::move(problem);
    return c;
}

}  // namespace

Result<AuditCheck> verify_audit(storage::BureauStore& s, const std::optional<AuditAnchor>& anchor) {
    sql::Database& db = sql::bureau_database(s);
    auto head = detail::read_audit_head(db);
    if (!head) return head.error();
    auto st = db.prepare(
        "SELECT seq, at, user, action, object_kind, object_id, before, after, prev_hash, hash "
        "FROM audit_log ORDER BY seq",
        "reading the audit log");
    if (!st) return st.error();
    crypto::Hash prev{};
    int64_t n = 0;
    bool anchor_seen = !anchor || anchor->count == 0;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        const AuditRow r = detail::audit_row_from(st.value());
        ++n;
        const std::string at = "第 " + std::to_string(n) + " 条 (row " + std::to_string(n) + ")";
        if (r.seq != n) {
            return bad(n, n,
                       "审计日志缺行：" + at + " 之处是第 " + std::to_string(r.seq) +
                           " 条 (audit rows missing: found seq " + std::to_string(r.seq) +
                           " where " + std::to_string(n) + " belongs)");
        }
        if (r.prev_hash != prev) {
            return bad(n, n,
                       "审计日志链断开于" + at + " (audit chain broken at row " +
                           std::to_string(n) + ": previous hash differs)");
        }
        if (detail::audit_row_hash(prev, r.seq, r.event) != r.hash) {
            return bad(n, n,
                       "审计日志被修改：" + at + " (audit row " + std::to_string(n) +
                           " was edited: its hash does not match its fields)");
        }
        prev = r.hash;
        if (anchor && anchor->count == n) {
            if (anchor->hash != r.hash) {
                return bad(n, n,
                           "审计日志与记下的锚点不符 (the audit log no longer passes "
                           "through the recorded anchor " +
                               format_audit_anchor(*anchor) + ")");
            }
            anchor_seen = true;
        }
    }
    if (n != head->count || prev != head->hash) {
        return bad(n, 0,
                   "审计日志末尾的行被删除或头被改动 (audit log has " + std::to_string(n) +
                       " rows but its head says " + std::to_string(head->count) +
                       ": newest rows deleted or head altered)");
    }
    if (!anchor_seen) {
        return bad(n, 0,
                   "审计日志比记下的锚点短 (the audit log is shorter than the recorded "
                   "anchor " +
                       format_audit_anchor(*anchor) + ")");
    }
    auto triggers = db.query_int(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
        "('audit_log_no_update', 'audit_log_no_delete')",
        "checking the audit triggers");
    if (!triggers) return triggers.error();
    if (triggers.value() != 2) {
        return bad(n, 0,
                   "审计日志的只追加保护被移除 (the audit log's append-only triggers are gone)");
    }
    AuditCheck ok;
    ok.ok = true;
    ok.rows = n;
    ok.head = AuditAnchor{n, prev};
    return ok;
}

}  // namespace sk::bureau::store
