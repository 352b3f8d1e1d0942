// Bureau database schema. PRAGMA user_version holds the version; a fresh database is created
// at version 1 and later versions add forward migrations here, each in its own transaction.
#pragma once

#include "sk/storage/sql/database.hpp"
#include "sk/storage/sql/transaction.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::storage::detail {

using sql::Database;
using sql::Transaction;

// Brings the database to kBureauBaseSchemaVersion, then through `later` in order.
// Errc::db_not_a_database if user_version is 0 but tables exist (some other database keyed the same
// way).
Result<void> migrate_bureau_schema(Database& db, const std::vector<SchemaStep>& later);

}  // namespace sk::storage::detail
