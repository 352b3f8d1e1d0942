// RAII write transaction: BEGIN IMMEDIATE takes the write lock up front, so a transaction
// never fails half-way with SQLITE_BUSY on its first write. Rolls back unless committed.
#pragma once

#include "sk/result.hpp"

namespace sk::storage::detail {

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

  private:
    explicit Transaction(Database* db) : db_(db) {}
    Database* db_ = nullptr;  // null once committed or moved from
};

}  // namespace sk::storage::detail
