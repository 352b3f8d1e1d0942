#include "sqlite_error.hpp"

#include <cerrno>
#include <string>

#include "sqlite.hpp"

namespace sk::storage::sql {

namespace {

bool is_disk_full(sqlite3* db, int rc) {
    if ((rc & 0xff) == SQLITE_FULL) return true;
    if ((rc & 0xff) != SQLITE_IOERR || db == nullptr) return false;
    // A short write with EFBIG (RLIMIT_FSIZE, file system limit) or a quota is reported as an
    // I/O error by the unix VFS; for the operator it is the same problem as a full disk.
    const int e = sqlite3_system_errno(db);
    return e == ENOSPC || e == EDQUOT || e == EFBIG;
}

}  // namespace

Error sqlite_error(sqlite3* db, int rc, std::string_view what) {
    if (is_disk_full(db, rc)) {
        return Error{Errc::disk_full, "storage is full while " + std::string(what) +
                                          "; free disk space or export and clear batches"};
    }
    const char* msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Error{Errc::db_error, "database error while " + std::string(what) + ": " +
                                     (msg != nullptr ? msg : sqlite3_errstr(rc))};
}

}  // namespace sk::storage::sql
