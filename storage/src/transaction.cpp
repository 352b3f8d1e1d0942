#include "transaction.hpp"

#include <utility>

#include "database.hpp"
#include "sqlite.hpp"

namespace sk::storage::detail {

Result<Transaction> Transaction::begin(Database& db) {
    SK_TRY(db.exec("BEGIN IMMEDIATE", "starting a transaction"));
    return Transaction(&db);
}

Transaction::~Transaction() {
    // SQLite may already have rolled back (e.g. after SQLITE_FULL); only roll back if open.
    if (db_ != nullptr && sqlite3_get_autocommit(db_->handle()) == 0) {
        (void)db_->exec("ROLLBACK", "rolling back");
    }
}

Transaction::Transaction(Transaction&& o) noexcept : db_(std::exchange(o.db_, nullptr)) {}

Result<void> Transaction::commit() {
    if (db_ == nullptr) return Error{Errc::internal, "commit on a finished transaction"};
    SK_TRY(db_->exec("COMMIT", "committing"));
    db_ = nullptr;
    return ok();
}

}  // namespace sk::storage::detail
