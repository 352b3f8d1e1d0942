// sk_bureau_store: the bureau's campaign data (users, audit log, and the registers and
// casework that later issues add) in the same bureau.db as storage::BureauStore, under the
// same key. This library and storage/ are the only code that speaks SQL; it does so through
// the internal SQL toolkit (sk/storage/sql/). Callers (bureau core, CLI, desk) see plain
// structs and sk::Result.
//
// Contract for code in this library:
//  - every function takes the open storage::BureauStore and reaches its connection with
//    sql::bureau_database(); no second connection, no caching of it;
//  - every change runs inside a sql::Transaction (nested ones become savepoints), and every
//    change a user makes appends its audit row in that same transaction (audit.hpp);
//  - schema changes are new versions in src/schema_steps.cpp, never edits of shipped ones.
#pragma once

#include <filesystem>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

// Every bureau schema version after storage's base (kBureauBaseSchemaVersion = 2), in order:
// 3 users + audit log, 4 registers, 5 casework, ... (src/schema_steps.cpp).
const std::vector<storage::SchemaStep>& bureau_schema_steps();
// The newest version this build writes: bureau_schema_steps().back().version.
int bureau_schema_version();

// Opens (or creates) bureau.db and migrates it through every step. Same errors as
// storage::BureauStore::open; a file newer than this build is Errc::db_newer_schema.
Result<storage::BureauStore> open_bureau_store(const std::filesystem::path& path, ByteView key32,
                                               bool create);

}  // namespace sk::bureau::store
