// An open SQLCipher connection, keyed with a raw 256-bit key (docs/adr/0001-sqlcipher-raw-key.md).
// Part of the internal SQL toolkit (sk/storage/sql/: Database, Statement, Transaction): only
// store code may include it, i.e. storage/ and bureau/store/ (sk_bureau_store), the places
// allowed to speak SQL (docs/ARCHITECTURE.md). Everything else goes through a store's API.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/result.hpp"
#include "sk/storage/sql/statement.hpp"

struct sqlite3;

namespace sk::storage::sql {

constexpr size_t kDbKeyBytes = 32;
constexpr int kCipherPageSize = 4096;
constexpr int kBusyTimeoutMs = 5000;

struct OpenOptions {
    bool create = false;     // create the file if missing (otherwise Errc::not_found)
    int max_schema_version;  // user_version above this -> Errc::db_newer_schema, file untouched
    // Keep the WAL index in this process's heap instead of the shared "-shm" file (SQLite's
    // exclusive locking mode): opening then needs no new disk space, at the price of locking
    // out every other connection until this one closes. For a full disk only.
    bool heap_wal_index = false;
    // PRAGMA query_only: every statement that would write fails instead.
    bool query_only = false;
    // Page cache in KiB (PRAGMA cache_size = -N); 0 keeps SQLite's 2 MiB. Pages in the cache
    // are decrypted: a miss costs a read and SQLCipher's AES + HMAC of the page.
    int cache_kib = 0;
};

class Database {
  public:
    Database() = default;
    ~Database();
    Database(Database&& o) noexcept;
    Database& operator=(Database&& o) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Keys the connection, sets cipher_page_size, proves the key by reading sqlite_master and
    // checks user_version, all before anything can write. Only then WAL, synchronous=FULL,
    // foreign_keys, secure_delete. Failures before that point leave the file byte-identical.
    static Result<Database> open_encrypted(const std::filesystem::path& path, ByteView key32,
                                           const OpenOptions& opt);

    Result<void> exec(std::string_view sql, std::string_view what);
    Result<Statement> prepare(std::string_view sql, std::string_view what);
    // First column of the first row as text/int (pragmas, counts).
    Result<std::string> query_text(std::string_view sql, std::string_view what);
    Result<int64_t> query_int(std::string_view sql, std::string_view what);

    // Re-encrypts every page under a new raw key (SQLCipher rekey), in one transaction:
    // the file is either all old key or all new key. Leaves WAL mode on afterwards.
    Result<void> rekey(ByteView key32);

    Result<int> user_version();
    // Must run inside a transaction so the version moves with the DDL it describes.
    Result<void> set_user_version(int v);

    // Moves committed WAL content into the database and truncates the WAL, so deleted rows do
    // not linger there. Best effort: a busy reader only delays it.
    Result<void> checkpoint_truncate();

    // PRAGMA integrity_check, which walks every b-tree page (tables and indexes) and the
    // free-list trunk, so each of those pages is decrypted and its HMAC checked; it also
    // reports pages that belong nowhere. Errc::db_error listing the first problems unless it
    // says "ok". (SQLCipher 3.4.1 has no cipher_integrity_check; free-list leaf pages, which
    // hold no rows, are counted but not read.)
    Result<void> check_integrity();
    // BLAKE2b chained over every value of every table (tables by name, rows in b-tree order):
    // equal hashes mean equal contents. Reads the whole database; values are hashed in place,
    // never copied, so decrypted records stay inside SQLite's own page cache.
    Result<crypto::Hash> content_hash();

    // True while a Transaction (or any BEGIN) is open on this connection.
    bool in_transaction() const;

    sqlite3* handle() const { return db_; }
    const std::filesystem::path& path() const { return path_; }

  private:
    Database(sqlite3* db, std::filesystem::path p) : db_(db), path_(std::move(p)) {}
    Result<void> configure(const OpenOptions& opt);

    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

}  // namespace sk::storage::sql
