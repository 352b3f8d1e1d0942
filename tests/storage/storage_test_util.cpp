#include "storage_test_util.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <sys/stat.h>

#include "sk/crypto/hash.hpp"
#include "test_access.hpp"
#include "sk/crypto/init.hpp"

namespace sk::testing {

namespace fs = std::filesystem;

Bytes read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, ByteView data, unsigned mode) {
    {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data.data),
                  static_cast<std::streamsize>(data.size));
    }
    ::chmod(p.c_str(), mode);
}

storage::NewRecord make_tip(storage::Day day, size_t size, uint8_t fill) {
    REQUIRE(crypto::init().ok());
    storage::NewRecord r;
    r.id = crypto::new_record_id();
    r.kind = storage::RecordKind::tip;
    r.day = day;
    r.envelope.assign(size, fill);
    return r;
}

storage::NewRecord make_response(const std::string& survey_id, storage::Day day, size_t size) {
    storage::NewRecord r = make_tip(day, size, 0xa5);
    r.kind = storage::RecordKind::survey_response;
    r.survey_id = survey_id;
    return r;
}

storage::KioskStore open_store(const fs::path& db) {
    auto s = storage::KioskStore::open(db);
    if (!s) FAIL("open failed: " << s.error().message);
    return std::move(s).value();
}

void restore_v6_records_table(storage::KioskStore& store) {
    auto& db = storage::KioskStoreTestAccess::db(store);
    // Foreign keys off, so the rename leaves batch_members pointing at "sealed_records".
    REQUIRE(db.exec(R"sql(
        PRAGMA foreign_keys = OFF;
        BEGIN;
        ALTER TABLE sealed_records RENAME TO sealed_records_v7;
        CREATE TABLE sealed_records (
            id        BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
            kind      INTEGER NOT NULL CHECK (kind IN (1, 2)),
            survey_id TEXT NOT NULL DEFAULT '',
            day       INTEGER NOT NULL CHECK (day BETWEEN 20000101 AND 99991231),
            envelope  BLOB NOT NULL,
            batch_seq INTEGER REFERENCES outbox_batches(seq)
        ) WITHOUT ROWID;
        INSERT INTO sealed_records (id, kind, survey_id, day, envelope)
            SELECT id, kind, survey_id, day, envelope FROM sealed_records_v7;
        DROP TABLE sealed_records_v7;
        CREATE INDEX sealed_records_day ON sealed_records(day);
        COMMIT;
        PRAGMA foreign_keys = ON;
    )sql",
                    "restoring the schema-6 sealed_records")
                .ok());
}

}  // namespace sk::testing
