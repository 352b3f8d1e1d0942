#include "sk/storage/baseline.hpp"

#include <chrono>

#include "sk/storage/sql/database.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/storage/sql/transaction.hpp"
#include "key_file.hpp"
#include "sqlite.hpp"

namespace sk::storage {

Result<std::vector<double>> raw_durable_commits(const std::filesystem::path& path, size_t rows,
                                                size_t payload_bytes, bool checkpoint_each) {
    crypto::SecureBuffer key(sql::kDbKeyBytes);
    crypto::random_bytes(key.data(), key.size());
    auto db = sql::Database::open_encrypted(path, key.view(), {true, 1});
    if (!db) return db.error();
    SK_TRY(db->exec("CREATE TABLE IF NOT EXISTS t(id BLOB PRIMARY KEY, body BLOB NOT NULL)",
                    "create baseline table"));
    auto st = db->prepare("INSERT INTO t(id, body) VALUES(?1, ?2)", "baseline insert");
    if (!st) return st.error();
    Bytes payload = crypto::random_bytes(payload_bytes);
    std::vector<double> us;
    us.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
        auto id = crypto::new_record_id();
        auto t0 = std::chrono::steady_clock::now();
        auto tx = sql::Transaction::begin(*db);
        if (!tx) return tx.error();
        st->reset();
        st->bind(1, ByteView(id)).bind(2, ByteView(payload));
        auto r = st->step();
        if (!r) return r.error();
        SK_TRY(tx->commit());
        if (checkpoint_each) SK_TRY(db->checkpoint_truncate());
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    return us;
}

namespace {

// Closes the handle and finalises the statement however the read ends.
struct RawHandles {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    ~RawHandles() {
        sqlite3_finalize(st);
        sqlite3_close_v2(db);
    }
};

Error raw_error(sqlite3* db, const char* what) {
    return Error{Errc::io_error, std::string("bare read: ") + what + ": " +
                                     (db ? sqlite3_errmsg(db) : "out of memory")};
}

}  // namespace

Result<std::vector<Bytes>> raw_read_envelopes(const std::filesystem::path& db_path) {
    auto key = detail::read_key_file(db_path.string() + ".key");
    if (!key) return key.error();
    crypto::SecureBuffer spec = detail::raw_key_spec(key->view());
    RawHandles h;
    if (sqlite3_open_v2(db_path.string().c_str(), &h.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return raw_error(h.db, "open");
    if (sqlite3_key_v2(h.db, "main", spec.data(), static_cast<int>(spec.size())) != SQLITE_OK)
        return raw_error(h.db, "key");
    if (sqlite3_exec(h.db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return raw_error(h.db, "cipher_page_size");
    if (sqlite3_prepare_v2(h.db, "SELECT envelope FROM sealed_records", -1, &h.st, nullptr) !=
        SQLITE_OK)
        return raw_error(h.db, "prepare");
    std::vector<Bytes> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(h.st)) == SQLITE_ROW) {
        const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(h.st, 0));
        out.emplace_back(data, data + sqlite3_column_bytes(h.st, 0));
    }
    if (rc != SQLITE_DONE) return raw_error(h.db, "step");
    return out;
}

}  // namespace sk::storage
