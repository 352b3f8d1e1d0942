#include "sk/storage/sql/transaction.hpp"

#include <utility>

#include "sk/storage/sql/database.hpp"
#include "sqlite.hpp"

namespace sk::storage::sql {

bool Database::in_transaction() const {
    return db_ != nullptr && sqlite3_get_autocommit(db_) == 0;
}

Result<Transaction> Transaction::begin(Database& db) {
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        SK_TRY(db.exec("SAVEPOINT sk_nested", "starting a nested transaction"));
        return Transaction(&db, true);
    }
    SK_TRY(db.exec("BEGIN IMMEDIATE", "starting a transaction"));
    return Transaction(&db, false);
}

Transaction::~Transaction() {
    // SQLite may already have rolled back (e.g. after SQLITE_FULL); only roll back if open.
    if (db_ == nullptr || sqlite3_get_autocommit(db_->handle()) != 0) return;
    if (nested_) {
        (void)db_->exec("ROLLBACK TO sk_nested; RELEASE sk_nested", "rolling back");
    } else {
        (void)db_->exec("ROLLBACK", "rolling back");
    }
}

Transaction::Transaction(Transaction&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), nested_(o.nested_) {}

Result<void> Transaction::commit() {
    if (db_ == nullptr) return Error{Errc::internal, "commit on a finished transaction"};
    SK_TRY(db_->exec(nested_ ? "RELEASE sk_nested" : "COMMIT", "committing"));
    db_ = nullptr;
    return ok();
}

}  // namespace sk::storage::sql
