// RAII write transaction. The outermost one is BEGIN IMMEDIATE, which takes the write lock up
// front, so a transaction never fails half-way with SQLITE_BUSY on its first write. One begun
// while another is open on the same connection is a SAVEPOINT inside it: its commit()
// releases the savepoint (nothing is durable until the outermost commits) and its rollback
// undoes only its own work. That lets a caller wrap a store method that has its own
// transaction together with its audit row (bureau/store: audit.hpp) in one atomic change.
// Rolls back unless committed.
#pragma once

#include "sk/result.hpp"

namespace sk::storage::sql {

class Database;

class Transaction {
  public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& o) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // After a failed commit the transaction is still open; the destructor rolls it back.
    Result<void> commit();
    // True for a SAVEPOINT inside an outer transaction.
    bool nested() const { return nested_; }

  private:
    Transaction(Database* db, bool nested) : db_(db), nested_(nested) {}
    Database* db_ = nullptr;  // null once committed or moved from
    // SAVEPOINTs all share one name: RELEASE/ROLLBACK TO act on the most recent one with
    // that name, which RAII's last-in-first-out order makes the right one.
    bool nested_ = false;
};

// Runs `body` (returning Result<T>) inside a Transaction; any error rolls back.
template <typename F>
auto in_transaction(Database& db, F&& body) -> decltype(body()) {
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    auto r = body();
    if (!r) return r;  // ~Transaction rolls back
    auto c = tx->commit();
    if (!c) return c.error();
    return r;
}

}  // namespace sk::storage::sql
