#include "sk/storage/sql/database.hpp"

#include <cstring>
#include <fstream>
#include <system_error>
#include <utility>

#include "sk/crypto/secure_buffer.hpp"
#include "sqlite.hpp"
#include "key_file.hpp"
#include "sqlite_error.hpp"

namespace sk::storage::sql {

namespace fs = std::filesystem;

namespace {

// Cheap checks that tell "not a kiosk database" apart from "wrong key". Without them both
// look the same to SQLCipher: page 1 does not authenticate.
Result<void> precheck_existing(const fs::path& path, uintmax_t size) {
    const std::string name = path.string();
    char head[16] = {};
    std::ifstream in(path, std::ios::binary);
    if (in.read(head, sizeof head) && std::memcmp(head, "SQLite format 3", 16) == 0) {
        return Error{Errc::db_not_a_database,
                     name + " is an unencrypted SQLite database, not a kiosk database"};
    }
    if (size % kCipherPageSize != 0) {
        return Error{Errc::db_not_a_database, name + " is not a kiosk database (" +
                                                  std::to_string(size) +
                                                  " bytes is not a whole number of " +
                                                  std::to_string(kCipherPageSize) + "-byte pages)"};
    }
    return ok();
}

}  // namespace

Database::~Database() {
    if (db_ != nullptr) sqlite3_close_v2(db_);
}

Database::Database(Database&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), path_(std::move(o.path_)) {}

Database& Database::operator=(Database&& o) noexcept {
    if (this != &o) {
        if (db_ != nullptr) sqlite3_close_v2(db_);
        db_ = std::exchange(o.db_, nullptr);
        path_ = std::move(o.path_);
    }
    return *this;
}

Result<Database> Database::open_encrypted(const fs::path& path, ByteView key32,
                                          const OpenOptions& opt) {
    if (key32.size != kDbKeyBytes) {
        return Error{Errc::invalid_argument, "database key must be 32 bytes"};
    }
    const std::string name = path.string();
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!exists && !opt.create) return Error{Errc::not_found, "database " + name + " not found"};
    if (exists) {
        if (!fs::is_regular_file(path, ec)) {
            return Error{Errc::db_not_a_database, name + " is not a regular file"};
        }
        const uintmax_t size = fs::file_size(path, ec);
        if (ec) return Error{Errc::io_error, "cannot stat " + name + ": " + ec.message()};
        SK_TRY(precheck_existing(path, size));
    }

    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (opt.create) flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    Database db(raw, path);  // owns the handle even when open failed
    if (rc != SQLITE_OK) return sqlite_error(raw, rc, "opening " + name);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    {
        // Same effect as PRAGMA key = "x'...'", but the key never passes through SQL text,
        // which SQLite copies into statement memory it frees without wiping (ADR 0001).
        crypto::SecureBuffer spec = detail::raw_key_spec(key32);
        rc = sqlite3_key_v2(raw, "main", spec.data(), static_cast<int>(spec.size()));
        if (rc != SQLITE_OK) return sqlite_error(raw, rc, "setting the database key");
    }
    // Must follow the key at once and on every open: it is not stored in the file, and
    // SQLCipher 3.4.1 would otherwise read the file as 1 KiB pages and fail to decrypt it.
    SK_TRY(db.exec("PRAGMA cipher_page_size = 4096", "setting the cipher page size"));
    // Must come before the first read: that read opens the WAL and, in the normal mode,
    // creates and sizes the 32 KiB "-shm" file, which a full disk refuses.
    if (opt.heap_wal_index) {
        SK_TRY(db.query_text("PRAGMA locking_mode = EXCLUSIVE", "keeping the WAL index in memory"));
    }

    // Proves the key: page 1 is decrypted and authenticated here. Nothing has written yet.
    sqlite3_stmt* st = nullptr;
    int64_t objects = 0;
    rc = sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            objects = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        }
    }
    if (st != nullptr) sqlite3_finalize(st);
    if ((rc & 0xff) == SQLITE_NOTADB) {
        return Error{Errc::db_wrong_key, "database key does not match " + name +
                                             " (wrong or replaced key file, or a damaged "
                                             "database); the file was not changed"};
    }
    if (rc != SQLITE_OK) return sqlite_error(raw, rc, "reading " + name);

    auto v = db.user_version();
    if (!v) return v.error();
    if (v.value() > opt.max_schema_version) {
        return Error{Errc::db_newer_schema, "database schema version " + std::to_string(v.value()) +
                                                " is newer than this program supports (" +
                                                std::to_string(opt.max_schema_version) +
                                                "); install a newer version"};
    }
    if (v.value() == 0 && objects != 0) {
        return Error{Errc::db_not_a_database,
                     name + " has tables but no schema version; it is not a kiosk database"};
    }
    SK_TRY(db.configure(opt));
    return db;
}

Result<void> Database::configure(const OpenOptions& opt) {
    // Connection settings first (they write nothing), then the one persistent change.
    SK_TRY(exec("PRAGMA foreign_keys = ON", "enabling foreign keys"));
    // Deleted rows are overwritten with zeros, not just unlinked (records after their ack).
    SK_TRY(exec("PRAGMA secure_delete = ON", "enabling secure delete"));
    auto mode = query_text("PRAGMA journal_mode = WAL", "enabling WAL");
    if (!mode) return mode.error();
    if (mode.value() != "wal") {
        return Error{Errc::db_error,
                     "database refused WAL journal mode (got " + mode.value() + ")"};
    }
    // FULL, not WAL's usual NORMAL: a submitted tip must survive a power cut right after the
    // "thank you" screen.
    SK_TRY(exec("PRAGMA synchronous = FULL", "setting synchronous"));
    if (opt.query_only) SK_TRY(exec("PRAGMA query_only = ON", "opening read-only"));
    if (opt.cache_kib > 0) {
        // PRAGMA takes no bound parameters; cache_kib is an int, so formatting it is safe.
        SK_TRY(
            exec("PRAGMA cache_size = -" + std::to_string(opt.cache_kib), "sizing the page cache"));
    }
    return ok();
}

Result<void> Database::exec(std::string_view sql, std::string_view what) {
    const std::string s(sql);
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return sqlite_error(db_, rc, what);
    return ok();
}

Result<Statement> Database::prepare(std::string_view sql, std::string_view what) {
    return Statement::prepare(db_, sql, what);
}

Result<std::string> Database::query_text(std::string_view sql, std::string_view what) {
    auto st = prepare(sql, what);
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::string();
    return st->column_text(0);
}

Result<int64_t> Database::query_int(std::string_view sql, std::string_view what) {
    auto st = prepare(sql, what);
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return int64_t{0};
    return st->column_int(0);
}

Result<int> Database::user_version() {
    auto v = query_int("PRAGMA user_version", "reading the schema version");
    if (!v) return v.error();
    return static_cast<int>(v.value());
}

Result<void> Database::set_user_version(int v) {
    // PRAGMA takes no bound parameters; v is an int, so formatting it is safe.
    return exec("PRAGMA user_version = " + std::to_string(v), "writing the schema version");
}

Result<void> Database::checkpoint_truncate() {
    const int rc =
        sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY) {
        return sqlite_error(db_, rc, "checkpointing the WAL");
    }
    return ok();
}

Result<void> Database::rekey(ByteView key32) {
    if (key32.size != kDbKeyBytes)
        return Error{Errc::invalid_argument, "database key must be 32 bytes"};
    // SQLCipher rewrites the pages through the rollback journal; it cannot rekey in WAL mode.
    SK_TRY(exec("PRAGMA wal_checkpoint(TRUNCATE)", "checkpointing before rekey"));
    SK_TRY(query_text("PRAGMA journal_mode = DELETE", "leaving WAL mode for rekey"));
    crypto::SecureBuffer spec = detail::raw_key_spec(key32);
    const int rc = sqlite3_rekey_v2(db_, "main", spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK) return sqlite_error(db_, rc, "re-keying the database");
    SK_TRY(query_text("PRAGMA journal_mode = WAL", "returning to WAL mode"));
    return ok();
}

}  // namespace sk::storage::sql
