// Schema version 5: the campaign's casework (issue 14, docs/BUREAU.md "Casework").
#include "schema_versions.hpp"

namespace sk::bureau::store::detail {

namespace {

// cases: one ledger for every channel. A kiosk tip's case points at its tips row (the text
// stays in records, the board status in tips.status is kept in step); typed-in cases keep
// the clerk's text in body and who called/wrote in source (tipster data: shown to handlers
// and the lead in `case show`, never listed, exported, published or given to statisticians).
// Units and people are referred to by code and staff number (registers, schema v4).
// case_history: one row per matter, append-only. talks, quarterly_notes and sanctions are
// the person file's follow-up records; published_cases the typical cases made public.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    case_no        TEXT NOT NULL UNIQUE,
    channel        TEXT NOT NULL,
    category       TEXT NOT NULL,
    unit_code      TEXT NOT NULL DEFAULT '',
    staff_no       TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    finding        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    tip_id         INTEGER UNIQUE REFERENCES tips(id),
    receipt_lookup BLOB CHECK (receipt_lookup IS NULL OR length(receipt_lookup) = 32),
    reply          TEXT NOT NULL DEFAULT '',
    reply_lang     TEXT NOT NULL DEFAULT '',
    received_day   INTEGER NOT NULL,
    assignee       TEXT NOT NULL DEFAULT '',
    due_day        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_unit ON cases(unit_code, received_day);
CREATE INDEX cases_staff ON cases(staff_no);
CREATE INDEX cases_assignee ON cases(assignee, due_day);
CREATE TABLE case_history (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_history_case ON case_history(case_id);
CREATE TRIGGER case_history_no_update BEFORE UPDATE ON case_history
BEGIN SELECT RAISE(ABORT, 'the case history is append-only'); END;
CREATE TRIGGER case_history_no_delete BEFORE DELETE ON case_history
BEGIN SELECT RAISE(ABORT, 'the case history is append-only'); END;
CREATE TABLE talks (
    id         INTEGER PRIMARY KEY,
    staff_no   TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('talk', 'symposium', 'interview')),
    day        INTEGER NOT NULL,
    by_user    TEXT NOT NULL,
    note       TEXT NOT NULL,
    case_id    INTEGER REFERENCES cases(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX talks_staff ON talks(staff_no, day);
CREATE TABLE quarterly_notes (
    id         INTEGER PRIMARY KEY,
    staff_no   TEXT NOT NULL,
    quarter    TEXT NOT NULL,
    rating     TEXT NOT NULL CHECK (rating IN ('good', 'fair', 'poor')),
    note       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (staff_no, quarter)
);
CREATE TABLE sanctions (
    id              INTEGER PRIMARY KEY,
    staff_no        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    day             INTEGER NOT NULL,
    decision_no     TEXT NOT NULL,
    end_day         INTEGER NOT NULL DEFAULT 0,
    override_reason TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX sanctions_staff ON sanctions(staff_no, day);
CREATE TABLE published_cases (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
    summary      TEXT NOT NULL,
    show_name    INTEGER NOT NULL DEFAULT 0 CHECK (show_name IN (0, 1)),
    on_board     INTEGER NOT NULL DEFAULT 0 CHECK (on_board IN (0, 1)),
    published_day INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL
);
-- Every kiosk tip already imported becomes a kiosk case with its status and history.
INSERT INTO cases (case_no, channel, category, status, finding, tip_id, received_day,
                   created_at, created_by, updated_at)
SELECT t.case_no, 'kiosk', t.category, t.status,
       COALESCE((SELECT h.to_status FROM tip_history h WHERE h.tip_id = t.id
                   AND h.action = 'status'
                   AND h.to_status IN ('substantiated', 'not_substantiated')
                 ORDER BY h.id DESC LIMIT 1), ''),
       t.id, t.day, t.created_at, 'import', t.updated_at
FROM tips t ORDER BY t.id;
INSERT INTO case_history (case_id, at, user, action, from_status, to_status, note)
SELECT c.id, h.at, '', h.action, h.from_status, h.to_status, h.note
FROM tip_history h JOIN cases c ON c.tip_id = h.tip_id ORDER BY h.id;
)sql";

}  // namespace

Result<void> schema_v5_casework(storage::sql::Database& db) {
    return db.exec(kSchemaV5, "adding the casework tables");
}

}  // namespace sk::bureau::store::detail
