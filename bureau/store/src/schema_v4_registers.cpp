// Schema version 4: the unit, staff and absence registers (issue 13 §2-3, docs/BUREAU.md).
#include "schema_versions.hpp"

namespace sk::bureau::store::detail {

namespace {

// Days are INTEGER YYYYMMDD (0 = not set) so ranges and month sums are plain comparisons;
// money in fen. Vocabulary columns hold the slugs of absence_types.hpp. A staff row that a
// re-import no longer lists is marked removed, not deleted: its absence entries and person
// file stay. absence_changes is each entry's history (who changed what); the audit log
// holds the same change in its chain.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE units (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT '',
    township   TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE staff (
    staff_no   TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    unit_code  TEXT NOT NULL REFERENCES units(code),
    post       TEXT NOT NULL DEFAULT '',
    employment TEXT NOT NULL DEFAULT '',
    on_payroll INTEGER NOT NULL CHECK (on_payroll IN (0, 1)),
    removed_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX staff_unit ON staff(unit_code);
CREATE TABLE absences (
    id                INTEGER PRIMARY KEY,
    staff_no          TEXT NOT NULL REFERENCES staff(staff_no),
    unit_code         TEXT NOT NULL REFERENCES units(code),
    category          TEXT NOT NULL,
    category_text     TEXT NOT NULL DEFAULT '',
    since             INTEGER NOT NULL,
    found_by          TEXT NOT NULL,
    handling          TEXT NOT NULL,
    handled_on        INTEGER NOT NULL DEFAULT 0,
    deadline          INTEGER NOT NULL DEFAULT 0,
    returned_on       INTEGER NOT NULL DEFAULT 0,
    outcome           TEXT NOT NULL,
    closed_on         INTEGER NOT NULL DEFAULT 0,
    salary_stopped_on INTEGER NOT NULL DEFAULT 0,
    recovered_fen     INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0),
    recovered_on      INTEGER NOT NULL DEFAULT 0,
    note              TEXT NOT NULL DEFAULT '',
    recorded_on       INTEGER NOT NULL,
    recorded_by       TEXT NOT NULL
);
CREATE INDEX absences_staff ON absences(staff_no);
CREATE INDEX absences_unit ON absences(unit_code);
CREATE TABLE absence_changes (
    id         INTEGER PRIMARY KEY,
    absence_id INTEGER NOT NULL REFERENCES absences(id),
    at         TEXT NOT NULL,
    user       TEXT NOT NULL,
    summary    TEXT NOT NULL
);
CREATE INDEX absence_changes_entry ON absence_changes(absence_id, id);
)sql";

}  // namespace

Result<void> schema_v4_registers(storage::sql::Database& db) {
    return db.exec(kSchemaV4, "adding the unit, staff and absence registers");
}

}  // namespace sk::bureau::store::detail
