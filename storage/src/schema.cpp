#include "schema.hpp"

#include <string>

#include "sk/storage/sql/transaction.hpp"

namespace sk::storage::detail {

namespace {

// Version 1: the first kiosk release. Records were stored, not yet batched.
// sealed_records is WITHOUT ROWID with a random primary key, so the table keeps no insertion
// order: rows cannot be lined up with the order (and so the time) people submitted them.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sealed_records (
    id        BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    kind      INTEGER NOT NULL CHECK (kind IN (1, 2)),
    survey_id TEXT NOT NULL DEFAULT '',
    day       INTEGER NOT NULL CHECK (day BETWEEN 20000101 AND 99991231),
    envelope  BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE event_log (
    id      INTEGER PRIMARY KEY,
    time    INTEGER NOT NULL,
    level   INTEGER NOT NULL,
    code    TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT ''
);
)sql";

// 1 -> 2: the outbox. Records are assigned to hash-chained batches; acks delete them.
constexpr const char* kMigrate1to2 = R"sql(
CREATE TABLE outbox_batches (
    seq          INTEGER PRIMARY KEY CHECK (seq > 0),
    hash         BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
    prev_hash    BLOB NOT NULL CHECK (length(prev_hash) = 32),
    day          INTEGER NOT NULL,
    record_count INTEGER NOT NULL CHECK (record_count >= 0),
    created_at   INTEGER NOT NULL,
    acked_at     INTEGER,
    file         BLOB
);
ALTER TABLE sealed_records ADD COLUMN batch_seq INTEGER REFERENCES outbox_batches(seq);
CREATE INDEX sealed_records_batch ON sealed_records(batch_seq);
CREATE TABLE acks (
    ack_hash    BLOB PRIMARY KEY NOT NULL CHECK (length(ack_hash) = 32),
    seq_covered INTEGER NOT NULL,
    received_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// 2 -> 3: identity, bureau keys, surveys, status board, admin PIN, counters; event numbers.
// Lifetime counters start from the records already stored, so status stays truthful.
constexpr const char* kMigrate2to3 = R"sql(
CREATE TABLE identity (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    sign_sk    BLOB NOT NULL CHECK (length(sign_sk) = 64),
    created_at INTEGER NOT NULL
);
CREATE TABLE bureau_key (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    public_file  BLOB NOT NULL CHECK (length(public_file) = 88),
    installed_at INTEGER NOT NULL
);
CREATE TABLE extra_recipients (
    seal_pk  BLOB PRIMARY KEY NOT NULL CHECK (length(seal_pk) = 32),
    label    TEXT NOT NULL,
    added_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE survey_bundles (
    survey_id    TEXT PRIMARY KEY NOT NULL,
    version      INTEGER NOT NULL,
    signed_bytes BLOB NOT NULL,
    installed_at INTEGER NOT NULL,
    expires_at   INTEGER
) WITHOUT ROWID;
CREATE TABLE status_board (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      INTEGER NOT NULL,
    signed_bytes BLOB NOT NULL,
    installed_at INTEGER NOT NULL
);
CREATE TABLE admin_pin (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash        TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failure_at INTEGER
);
INSERT INTO admin_pin (id) VALUES (1);
CREATE TABLE counters (
    name  TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counters (name, value)
    SELECT 'submitted.tip', count(*) FROM sealed_records WHERE kind = 1;
INSERT INTO counters (name, value)
    SELECT 'submitted.survey_response', count(*) FROM sealed_records WHERE kind = 2;
ALTER TABLE event_log ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
)sql";

// 3 -> 4: no time finer than a day stays on disk. Version 3 kept the latest tip's time to the
// minute ('flood.last_tip'); now only the day of the latest tip is kept, taken from the tips
// still stored (acked ones are gone; then a restart does not count as a recent tip). Every
// other stored time becomes the local midnight of its day, as the store now writes them
// (the admin PIN's last failure excepted until version 5).
#define SK_LOCAL_DAY(col) \
    "CAST(strftime('%s', " col ", 'unixepoch', 'localtime', 'start of day', 'utc') AS INTEGER)"
constexpr const char* kMigrate3to4 =
    "UPDATE event_log SET time = " SK_LOCAL_DAY("time") ";"
    "UPDATE outbox_batches SET created_at = " SK_LOCAL_DAY("created_at") ","
    " acked_at = " SK_LOCAL_DAY("acked_at") ";"
    "UPDATE acks SET received_at = " SK_LOCAL_DAY("received_at") ";"
    "UPDATE identity SET created_at = " SK_LOCAL_DAY("created_at") ";"
    "UPDATE bureau_key SET installed_at = " SK_LOCAL_DAY("installed_at") ";"
    "UPDATE extra_recipients SET added_at = " SK_LOCAL_DAY("added_at") ";"
    "UPDATE survey_bundles SET installed_at = " SK_LOCAL_DAY("installed_at") ";"
    "UPDATE status_board SET installed_at = " SK_LOCAL_DAY("installed_at") ";"
    R"sql(
DELETE FROM counters WHERE name = 'flood.last_tip';
INSERT INTO counters (name, value)
    SELECT 'flood.last_tip_day', d FROM (SELECT max(day) AS d FROM sealed_records WHERE kind = 1)
    WHERE d IS NOT NULL;
)sql";
#undef SK_LOCAL_DAY

// 4 -> 5: the admin PIN's last failure time (seconds) leaves the disk; the kiosk times the
// lock-out in memory and a start with failures at or over the threshold starts it afresh.
// The table is rebuilt rather than ALTERed so the step also runs where the column is already
// gone (tests that set user_version back); secure_delete zeroes the old table's pages.
constexpr const char* kMigrate4to5 = R"sql(
CREATE TABLE admin_pin_v4 AS SELECT id, pin_hash, failed_attempts FROM admin_pin;
DROP TABLE admin_pin;
CREATE TABLE admin_pin (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash        TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);
INSERT INTO admin_pin (id, pin_hash, failed_attempts)
    SELECT id, pin_hash, failed_attempts FROM admin_pin_v4;
DROP TABLE admin_pin_v4;
)sql";

// 5 -> 6: batch membership gets its own narrow table, so exporting a batch writes one short
// row per record instead of rewriting every ~2 KB sealed record row (issue 17). Keyed by the
// random record id, WITHOUT ROWID like sealed_records: no insertion order. The old column
// sealed_records.batch_seq stays (SQLite cannot drop a column that references a table, and
// rebuilding the table would need twice its size on a kiosk whose disk may be full); it is
// no longer read or written, and the memberships it held move here unchanged. IF NOT EXISTS /
// OR IGNORE let the step run again where tests set user_version back. Deleting a record
// (an ack) deletes its membership with it. The index on day (entries are day + random id,
// no insertion order) lets the oldest unbatched records be found without reading every
// ~2 KB row: before it, each export batch read all records still waiting.
constexpr const char* kMigrate5to6 = R"sql(
CREATE TABLE IF NOT EXISTS batch_members (
    record_id BLOB PRIMARY KEY NOT NULL CHECK (length(record_id) = 16)
              REFERENCES sealed_records(id) ON DELETE CASCADE,
    batch_seq INTEGER NOT NULL REFERENCES outbox_batches(seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS batch_members_batch ON batch_members(batch_seq);
INSERT OR IGNORE INTO batch_members (record_id, batch_seq)
    SELECT id, batch_seq FROM sealed_records WHERE batch_seq IS NOT NULL;
DROP INDEX IF EXISTS sealed_records_batch;
CREATE INDEX IF NOT EXISTS sealed_records_day ON sealed_records(day);
)sql";

// 6 -> 7: sealed_records becomes a rowid table (issue 17). As WITHOUT ROWID, each ~2 KB
// row was a key of an index b-tree, where SQLite keeps at most ~1,000 bytes of a key on its
// page: every row spilled to an overflow page, interior pages held whole keys, and every
// lookup by id (a batch membership's foreign key, an export) read and decrypted overflow
// pages to compare keys. As a rowid table the envelope stays on its page and ids are found
// through a narrow UNIQUE index. The rowid must still say nothing about arrival order: the
// store gives each new record a rowid taken from its random id (kiosk_store_records.cpp),
// and here the existing rows are numbered in the order of their random ids. The unused
// batch_seq column goes with the old table. The day index also carries id, kind and survey
// id, so counting and finding the oldest unbatched records read no ~2 KB row.
// outbox_frames: a batch made from now on keeps only the bytes around its records (its
// signed head and signature, sync/batch_frame.hpp) instead of a copy of the whole file,
// which doubled the disk a waiting record takes; a re-export rebuilds the identical file
// from the records. Batches made before keep their stored file.
// Runs with foreign keys off (see Migration::foreign_keys_off): then renaming the old table
// leaves batch_members' foreign key naming "sealed_records" (the new table), and dropping
// the old one does not cascade into batch_members.
constexpr const char* kMigrate6to7 = R"sql(
ALTER TABLE sealed_records RENAME TO sealed_records_v6;
CREATE TABLE sealed_records (
    rid       INTEGER PRIMARY KEY,
    id        BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    kind      INTEGER NOT NULL CHECK (kind IN (1, 2)),
    survey_id TEXT NOT NULL DEFAULT '',
    day       INTEGER NOT NULL CHECK (day BETWEEN 20000101 AND 99991231),
    envelope  BLOB NOT NULL
);
INSERT INTO sealed_records (id, kind, survey_id, day, envelope)
    SELECT id, kind, survey_id, day, envelope FROM sealed_records_v6 ORDER BY id;
DROP TABLE sealed_records_v6;
CREATE INDEX sealed_records_day ON sealed_records(day, id, kind, survey_id);
CREATE TABLE IF NOT EXISTS outbox_frames (
    seq    INTEGER PRIMARY KEY REFERENCES outbox_batches(seq) ON DELETE CASCADE,
    prefix BLOB NOT NULL,
    suffix BLOB NOT NULL
);
)sql";

struct Migration {
    int to;
    const char* sql;
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
    bool foreign_keys_off = false;
};
constexpr Migration kMigrations[] = {{1, kSchemaV1},         {2, kMigrate1to2}, {3, kMigrate2to3},
                                     {4, kMigrate3to4},      {5, kMigrate4to5}, {6, kMigrate5to6},
                                     {7, kMigrate6to7, true}};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kKioskSchemaVersion,
              "one migration per schema version");

Result<void> apply_in_transaction(Database& db, const Migration& m) {
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    const std::string what = "migrating the database to schema version " + std::to_string(m.to);
    SK_TRY(db.exec(m.sql, what));
    if (m.foreign_keys_off) {
        // What the step did with foreign keys unchecked must still satisfy them.
        auto check = db.prepare("PRAGMA foreign_key_check", what);
        if (!check) return check.error();
        auto bad = check->step();
        if (!bad) return bad.error();
        if (bad.value()) {
            return Error{Errc::db_error, what + ": a row of " + check->column_text(0) +
                                             " would break a foreign key; not migrated"};
        }
    }
    SK_TRY(db.set_user_version(m.to));
    return tx->commit();
}

Result<void> apply(Database& db, const Migration& m) {
    if (!m.foreign_keys_off) return apply_in_transaction(db, m);
    SK_TRY(db.exec("PRAGMA foreign_keys = OFF", "migrating the database"));
    auto r = apply_in_transaction(db, m);
    auto on = db.exec("PRAGMA foreign_keys = ON", "migrating the database");
    if (!r) return r;
    return on;
}

}  // namespace

Result<int> migrate_kiosk_schema(Database& db) {
    auto v = db.user_version();
    if (!v) return v.error();
    const int from = v.value();
    if (from == 0) {
        auto n = db.query_int("SELECT count(*) FROM sqlite_master", "reading the schema");
        if (!n) return n.error();
        if (n.value() != 0) {
            return Error{Errc::db_not_a_database,
                         db.path().string() + " has tables but no kiosk schema version"};
        }
    }
    for (const Migration& m : kMigrations) {
        if (m.to > from) SK_TRY(apply(db, m));
    }
    return from;
}

Result<void> create_v1_schema_for_tests(Database& db) {
    return apply(db, kMigrations[0]);
}

}  // namespace sk::storage::detail
