#include "bureau_schema.hpp"

#include <string>

#include "sk/storage/sql/transaction.hpp"

namespace sk::storage::detail {

namespace {

// Version 1. Records keep the decrypted plaintext: the bureau is the trusted end, and the
// whole file is encrypted by SQLCipher. The ledger is "one file per case" (tips) and "one
// record per matter" (tip_history, append-only).
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE kiosks (
    id       INTEGER PRIMARY KEY,
    key_id   BLOB NOT NULL UNIQUE CHECK (length(key_id) = 8),
    pubkey   BLOB NOT NULL UNIQUE CHECK (length(pubkey) = 32),
    name     TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL
);
CREATE TABLE batches (
    id           INTEGER PRIMARY KEY,
    kiosk_id     INTEGER NOT NULL REFERENCES kiosks(id),
    seq          INTEGER NOT NULL CHECK (seq > 0),
    hash         BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
    prev_hash    BLOB NOT NULL CHECK (length(prev_hash) = 32),
    day          INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    new_records  INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    acked_at     TEXT,
    UNIQUE (kiosk_id, seq)
);
CREATE TABLE records (
    id             INTEGER PRIMARY KEY,
    record_id      BLOB NOT NULL UNIQUE CHECK (length(record_id) = 16),
    kind           INTEGER NOT NULL CHECK (kind IN (1, 2)),
    batch_id       INTEGER NOT NULL REFERENCES batches(id),
    kiosk_id       INTEGER NOT NULL REFERENCES kiosks(id),
    day            INTEGER NOT NULL,
    survey_id      TEXT NOT NULL DEFAULT '',
    survey_version INTEGER NOT NULL DEFAULT 0,
    plaintext      BLOB NOT NULL
);
CREATE INDEX records_survey ON records(survey_id, day);
CREATE TABLE tips (
    id             INTEGER PRIMARY KEY,
    case_no        TEXT NOT NULL UNIQUE,
    record_id      BLOB NOT NULL UNIQUE REFERENCES records(record_id),
    kiosk_id       INTEGER NOT NULL REFERENCES kiosks(id),
    day            INTEGER NOT NULL,
    category       TEXT NOT NULL,
    subcategory    TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL,
    receipt_lookup BLOB CHECK (receipt_lookup IS NULL OR length(receipt_lookup) = 32),
    status         TEXT NOT NULL,
    reply          TEXT NOT NULL DEFAULT '',
    reply_lang     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX tips_status ON tips(status);
CREATE INDEX tips_day ON tips(day);
CREATE TABLE tip_history (
    id          INTEGER PRIMARY KEY,
    tip_id      INTEGER NOT NULL REFERENCES tips(id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('created', 'status', 'reply')),
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tip_history_tip ON tip_history(tip_id);
CREATE INDEX tip_history_at ON tip_history(at);
CREATE TABLE chain_events (
    id       INTEGER PRIMARY KEY,
    kiosk_id INTEGER NOT NULL REFERENCES kiosks(id),
    seq      INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    detail   TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE TABLE surveys (
    survey_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    definition BLOB NOT NULL,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (survey_id, version)
) WITHOUT ROWID;
CREATE TABLE retired_seal_keys (
    key_id     BLOB PRIMARY KEY NOT NULL CHECK (length(key_id) = 8),
    pk         BLOB NOT NULL CHECK (length(pk) = 32),
    sk         BLOB NOT NULL CHECK (length(sk) = 32),
    retired_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE kiosk_previous_keys (
    key_id     BLOB PRIMARY KEY NOT NULL CHECK (length(key_id) = 8),
    kiosk_id   INTEGER NOT NULL REFERENCES kiosks(id),
    pubkey     BLOB NOT NULL CHECK (length(pubkey) = 32),
    retired_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

}  // namespace

Result<void> migrate_bureau_schema(Database& db, const std::vector<SchemaStep>& later) {
    auto v = db.user_version();
    if (!v) return v.error();
    if (v.value() == 0) {
        auto tables = db.query_int("SELECT count(*) FROM sqlite_master", "inspecting the schema");
        if (!tables) return tables.error();
        if (tables.value() != 0) {
            return Error{Errc::db_not_a_database,
                         db.path().string() + " has tables but no bureau schema version"};
        }
        auto tx = Transaction::begin(db);
        if (!tx) return tx.error();
        SK_TRY(db.exec(kSchemaV1, "creating the bureau schema"));
        SK_TRY(db.set_user_version(1));
        SK_TRY(tx->commit());
    }
    if (v.value() < 2) {
        // Version 2: previous keys of re-provisioned kiosks (ADR 0005).
        auto tx = Transaction::begin(db);
        if (!tx) return tx.error();
        SK_TRY(db.exec(kSchemaV2, "adding previous kiosk keys"));
        SK_TRY(db.set_user_version(2));
        SK_TRY(tx->commit());
    }
    int at = v.value() < kBureauBaseSchemaVersion ? kBureauBaseSchemaVersion : v.value();
    for (const SchemaStep& step : later) {
        if (step.version <= at) continue;
        if (step.version != at + 1) {
            return Error{Errc::internal, "bureau schema step " + std::to_string(step.version) +
                                             " follows version " + std::to_string(at)};
        }
        auto tx = Transaction::begin(db);
        if (!tx) return tx.error();
        SK_TRY(step.apply(db));
        SK_TRY(db.set_user_version(step.version));
        SK_TRY(tx->commit());
        at = step.version;
    }
    return ok();
}

}  // namespace sk::storage::detail
