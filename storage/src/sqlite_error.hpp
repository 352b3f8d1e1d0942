// Maps SQLite result codes onto sk::Errc with a one-line message.
#pragma once

#include <string_view>

#include "sk/result.hpp"

struct sqlite3;

namespace sk::storage::sql {

// SQLITE_FULL (and write errors whose errno is ENOSPC/EDQUOT/EFBIG) -> Errc::disk_full;
// everything else -> Errc::db_error with sqlite3_errmsg. `what` names the operation
// ("inserting a record"); it must never contain user content.
Error sqlite_error(sqlite3* db, int rc, std::string_view what);

}  // namespace sk::storage::sql
