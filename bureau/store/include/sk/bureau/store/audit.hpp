// The bureau's audit log (docs/adr/0006-user-key-slots-and-audit-chain.md): one row per
// change a user makes (register edit, status change, import, export of identifiable data,
// user and key changes), append-only and hash-chained.
//
// Contract:
//  - append_audit() must run inside the transaction of the change it records, so the change
//    and its row commit together or not at all; it refuses (Errc::internal) outside one. Core
//    code without SQL wraps a store call with audited(), which does exactly that.
//  - Row hash = BLAKE2b-256("sk-audit-v1" || prev_hash || seq || each field length-prefixed),
//    prev_hash of row 1 = 32 zero bytes. audit_head keeps the row count and newest hash.
//  - `before`/`after` are short summaries ("status 待处理"), never tip text or a tipster's
//    data, and never secrets: the log is read by inspectors.
//
// What verify_audit() detects: any edited field of any row; a deleted, inserted or
// reordered row anywhere, including the newest ones (the count and head hash in audit_head
// no longer match); missing append-only triggers. What it cannot detect: a writer who has
// the store key (every enabled user has it) and rewrites rows, hashes and head consistently,
// or a restored older copy of bureau.db. Against those, record the head (count + hash) that
// verify prints somewhere else (paper, the county's mail) and check it later with an anchor:
// the chain must still pass through it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

struct AuditEvent {
    std::string at;           // now_rfc3339()
    std::string user;         // Actor::user
    std::string action;       // verb: "import", "case.status", "user.add", "export", ...
    std::string object_kind;  // "tip", "batch", "user", "kiosk", "keys", "absence", ...
    std::string object_id;    // case number, user name, ... (no row ids clerks never see)
    std::string before, after;
};

struct AuditRow {
    int64_t seq = 0;
    AuditEvent event;
    crypto::Hash prev_hash{}, hash{};
};

// Appends one row and advances audit_head. Errc::internal outside a transaction.
Result<int64_t> append_audit(storage::BureauStore& s, const AuditEvent& e);

// Runs `change` and appends `e` in one transaction (nested inside an outer one if open):
// both happen or neither.
Result<void> audited(storage::BureauStore& s, const AuditEvent& e,
                     const std::function<Result<void>()>& change);
// Same, when only the change knows what to record (counts, the status it found): `change`
// returns the event, which is appended in the same transaction.
Result<void> audited(storage::BureauStore& s, const std::function<Result<AuditEvent>()>& change);

struct AuditFilter {
    std::optional<std::string> user;
    std::optional<std::string> since;  // rows with at >= since ("2026-03" or a full time)
    std::optional<std::string> object_kind;
    std::optional<std::string> object_id;
};
Result<std::vector<AuditRow>> list_audit(storage::BureauStore& s, const AuditFilter& f);

// A head recorded earlier: the chain must still have row `count` with this hash.
struct AuditAnchor {
    int64_t count = 0;
    crypto::Hash hash{};
};
// "COUNT:HEX" as printed by verify; nullopt if malformed.
std::optional<AuditAnchor> parse_audit_anchor(std::string_view s);
std::string format_audit_anchor(const AuditAnchor& a);

struct AuditCheck {
    bool ok = false;
    int64_t rows = 0;
    AuditAnchor head;       // the head as recomputed from the rows (when ok)
    int64_t first_bad = 0;  // seq of the first row found wrong (0: head, triggers or anchor)
    std::string problem;    // one line, bilingual; empty when ok
};
// Reads the whole log; a failed check is a value (ok = false), not an error.
Result<AuditCheck> verify_audit(storage::BureauStore& s,
                                const std::optional<AuditAnchor>& anchor = std::nullopt);

}  // namespace sk::bureau::store
