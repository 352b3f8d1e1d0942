#include "sk/storage/baseline.hpp"

#include <chrono>

#include "sk/storage/sql/database.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

Result<std::vector<double>> raw_durable_commits(const std::filesystem::path& path, size_t rows,
                                                size_t payload_bytes) {
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
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    return us;
}

}  // namespace sk::storage
