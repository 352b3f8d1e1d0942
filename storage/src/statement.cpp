#include "sk/storage/sql/statement.hpp"

#include <utility>

#include "sqlite.hpp"
#include "sqlite_error.hpp"

namespace sk::storage::sql {

Statement::~Statement() {
    if (st_ != nullptr) sqlite3_finalize(st_);
}

Statement::Statement(Statement&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)),
      st_(std::exchange(o.st_, nullptr)),
      what_(std::move(o.what_)),
      bind_rc_(std::exchange(o.bind_rc_, 0)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
    if (this != &o) {
        if (st_ != nullptr) sqlite3_finalize(st_);
        db_ = std::exchange(o.db_, nullptr);
        st_ = std::exchange(o.st_, nullptr);
        what_ = std::move(o.what_);
        bind_rc_ = std::exchange(o.bind_rc_, 0);
    }
    return *this;
}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, std::string_view what) {
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK) {
        if (st != nullptr) sqlite3_finalize(st);
        return sqlite_error(db, rc, what);
    }
    return Statement(db, st, what);
}

void Statement::note_bind(int rc) {
    if (rc != SQLITE_OK && bind_rc_ == 0) bind_rc_ = rc;
}

Statement& Statement::bind(int idx, int64_t v) {
    note_bind(sqlite3_bind_int64(st_, idx, static_cast<sqlite3_int64>(v)));
    return *this;
}

Statement& Statement::bind(int idx, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies now, so the caller's buffer may go away before step().
    // A default string_view has a null data(): SQLite would bind NULL, not ''.
    const char* p = text.data() != nullptr ? text.data() : "";
    note_bind(sqlite3_bind_text64(st_, idx, p, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int idx, ByteView blob) {
    static const uint8_t kEmpty = 0;  // a null pointer would bind NULL, not an empty blob
    const void* p = blob.data != nullptr ? static_cast<const void*>(blob.data) : &kEmpty;
    note_bind(sqlite3_bind_blob64(st_, idx, p, blob.size, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind_null(int idx) {
    note_bind(sqlite3_bind_null(st_, idx));
    return *this;
}

Result<bool> Statement::step() {
    if (bind_rc_ != 0) return sqlite_error(db_, bind_rc_, what_);
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error e = sqlite_error(db_, rc, what_);
    sqlite3_reset(st_);
    return e;
}

Result<void> Statement::run() {
    for (;;) {
        auto r = step();
        if (!r) return r.error();
        if (!r.value()) return ok();
    }
}

void Statement::reset() {
    sqlite3_reset(st_);
    bind_rc_ = 0;
}

int64_t Statement::changes() const {
    return sqlite3_changes(db_);
}

bool Statement::is_null(int col) const {
    return sqlite3_column_type(st_, col) == SQLITE_NULL;
}

int64_t Statement::column_int(int col) const {
    return sqlite3_column_int64(st_, col);
}

std::string Statement::column_text(int col) const {
    const auto* p = sqlite3_column_text(st_, col);
    const int n = sqlite3_column_bytes(st_, col);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n))
                        : std::string();
}

Bytes Statement::column_blob(int col) const {
    return column_blob_view(col).to_bytes();
}

ByteView Statement::column_blob_view(int col) const {
    const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(st_, col));
    const int n = sqlite3_column_bytes(st_, col);  // after _blob(), per SQLite's rules
    if (p == nullptr || n <= 0) return {};
    return {p, static_cast<size_t>(n)};
}

}  // namespace sk::storage::sql
