// Kiosk database schema: version 1 as first shipped, then forward migrations to the current
// version. PRAGMA user_version holds the version; each migration runs in its own transaction.
#pragma once

#include "sk/storage/sql/database.hpp"
#include "sk/storage/sql/transaction.hpp"
#include "sk/result.hpp"

namespace sk::storage::detail {

using sql::Database;
using sql::Transaction;

constexpr int kKioskSchemaVersion = 7;

// Brings the database from its user_version to kKioskSchemaVersion. A fresh (empty) database
// goes through every step from 1, so the migrations run on every install, not only on upgrades.
// Returns the version found before migrating (0 for a fresh database).
// Errc::db_not_a_database if user_version is 0 but tables exist (someone else's database).
Result<int> migrate_kiosk_schema(Database& db);

// Test hook: writes the genuine version-1 schema (and user_version = 1) into an empty database,
// so tests can fill it with v1 data and check that migration keeps it.
Result<void> create_v1_schema_for_tests(Database& db);

}  // namespace sk::storage::detail
