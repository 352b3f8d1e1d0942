// Schema version 3: users and the audit log (docs/adr/0009-user-key-slots-and-audit-chain.md).
#include "schema_versions.hpp"

namespace sk::bureau::store::detail {

namespace {

// users: accounts; the passphrase is not here but in the user's key slot file (slots/),
// which a disabled user no longer has. audit_log: one row per change, hash-chained
// (audit.hpp); the triggers make the append-only rule hold for every SQL writer, so only
// someone going around SQLite-through-this-code (raw SQL with the key) can edit it, and the
// chain plus audit_head are what catch that. audit_head: row count and newest hash, kept
// apart from the rows so deleting the newest rows is detectable too.
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('lead', 'handler', 'inspector', 'statistician')),
    disabled   INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY CHECK (seq > 0),
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    before      TEXT NOT NULL DEFAULT '',
    after       TEXT NOT NULL DEFAULT '',
    prev_hash   BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash        BLOB NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_log_user ON audit_log(user, seq);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_object ON audit_log(object_kind, object_id);
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL CHECK (count >= 0),
    hash  BLOB NOT NULL CHECK (length(hash) = 32)
);
INSERT INTO audit_head (id, count, hash) VALUES (1, 0, zeroblob(32));
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

}  // namespace

Result<void> schema_v3_users_audit(storage::sql::Database& db) {
    return db.exec(kSchemaV3, "adding users and the audit log");
}

}  // namespace sk::bureau::store::detail
