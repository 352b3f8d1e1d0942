// RAII prepared statement: prepare / bind / step / finalize. Internal SQL toolkit: store
// code only (storage/, bureau/store/), see database.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace sk::storage::sql {

class Statement {
  public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&& o) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // `what` names the operation for error messages ("listing records").
    static Result<Statement> prepare(sqlite3* db, std::string_view sql, std::string_view what);

    // Parameters are 1-based like SQLite's. A failed bind is remembered and reported by the
    // next step(), so call sites stay linear.
    Statement& bind(int idx, int64_t v);
    Statement& bind(int idx, std::string_view text);
    Statement& bind(int idx, ByteView blob);  // an empty view binds a zero-length blob
    Statement& bind_null(int idx);

    // true: a row is available; false: done.
    Result<bool> step();
    // Steps to completion; for INSERT/UPDATE/DELETE and statements whose rows are ignored.
    Result<void> run();
    // Rewinds for re-execution with new bindings (bindings are kept until rebound).
    void reset();
    // Rows changed by the last completed run() on this connection.
    int64_t changes() const;

    bool is_null(int col) const;
    int64_t column_int(int col) const;
    std::string column_text(int col) const;
    Bytes column_blob(int col) const;
    // Valid until the next step()/reset(): lets secrets go straight into a SecureBuffer.
    ByteView column_blob_view(int col) const;

  private:
    Statement(sqlite3* db, sqlite3_stmt* st, std::string_view what)
        : db_(db), st_(st), what_(what) {}
    void note_bind(int rc);

    sqlite3* db_ = nullptr;
    sqlite3_stmt* st_ = nullptr;
    std::string what_;
    int bind_rc_ = 0;  // first failed bind, 0 if none
};

}  // namespace sk::storage::sql
