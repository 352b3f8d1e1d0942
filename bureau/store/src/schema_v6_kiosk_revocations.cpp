// Schema version 6: revoked kiosks (issue 15, the desk's Admin screen; docs/BUREAU.md).
#include "schema_versions.hpp"

namespace sk::bureau::store::detail {

namespace {

// One row per revoked kiosk (the kiosks table belongs to the storage layer and keeps its
// shape). A revocation is not undone: a kiosk back in service is provisioned and registered
// with a new key.
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE kiosk_revocations (
    kiosk_id   INTEGER PRIMARY KEY REFERENCES kiosks(id),
    revoked_at TEXT NOT NULL,
    revoked_by TEXT NOT NULL
);
)sql";

}  // namespace

Result<void> schema_v6_kiosk_revocations(storage::sql::Database& db) {
    return db.exec(kSchemaV6, "adding kiosk revocations");
}

}  // namespace sk::bureau::store::detail
