// Bureau database schema. PRAGMA user_version holds the version; a fresh database is created
// at version 1 and later versions add forward migrations here, each in its own transaction.
#pragma once

#include "database.hpp"
#include "sk/result.hpp"

namespace sk::storage::detail {

constexpr int kBureauSchemaVersion = 2;

// Brings the database to kBureauSchemaVersion. Errc::db_not_a_database if user_version is 0
// but tables exist (some other database keyed the same way).
Result<void> migrate_bureau_schema(Database& db);

}  // namespace sk::storage::detail
