// Opening: key file creation, wrong key, not a database, newer schema, missing or loose key
// file. Every failed open must leave the database file byte-for-byte as it was.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include <sys/stat.h>

#include "sk/crypto/hash.hpp"
#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using namespace sk::testing;

namespace {

// Creates a store with one record and one setting, then closes it.
void make_populated(const std::filesystem::path& db) {
    auto s = open_store(db);
    REQUIRE(s.insert_record(make_tip()).ok());
    REQUIRE(s.set_setting("school", "Riverside").ok());
}

}  // namespace

TEST_CASE("first open creates the database and a 0600 key file; reopen keeps data", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    const auto key = KioskStore::key_path_for(db);
    CHECK(key == dir / "kiosk.db.key");
    {
        auto s = open_store(db);
        CHECK(s.opened_at_schema_version() == 0);
        CHECK(s.schema_version() == KioskStore::current_schema_version());
        REQUIRE(s.set_setting("school", "Riverside").ok());
    }
    struct stat st {};
    REQUIRE(::stat(key.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(st.st_size == 32);
    CHECK_FALSE(std::filesystem::exists(key.string() + ".tmp"));
    const auto key_bytes = read_file(key);

    // The database is encrypted: no plain SQLite header, no readable setting.
    const auto bytes = read_file(db);
    REQUIRE(bytes.size() >= 4096);
    CHECK(bytes.size() % 4096 == 0);
    CHECK(std::memcmp(bytes.data(), "SQLite format 3", 15) != 0);
    CHECK(std::string(bytes.begin(), bytes.end()).find("Riverside") == std::string::npos);

    auto s = open_store(db);
    CHECK(s.opened_at_schema_version() == KioskStore::current_schema_version());
    auto v = s.setting("school");
    REQUIRE(v.ok());
    REQUIRE(v->has_value());
    CHECK(**v == "Riverside");
    CHECK(read_file(key) == key_bytes);  // never regenerated

    // open_with_key with the same key works too.
    auto s2 = KioskStore::open_with_key(dir / "kiosk.db", sk::ByteView(key_bytes));
    CHECK(s2.ok());
}

TEST_CASE("connection settings: WAL, synchronous FULL, foreign keys, secure delete", "[open]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    auto& db = KioskStoreTestAccess::db(s);
    CHECK(db.query_text("PRAGMA journal_mode", "t").value() == "wal");
    CHECK(db.query_int("PRAGMA synchronous", "t").value() == 2);  // FULL
    CHECK(db.query_int("PRAGMA foreign_keys", "t").value() == 1);
    CHECK(db.query_int("PRAGMA secure_delete", "t").value() == 1);
    CHECK(db.query_int("PRAGMA busy_timeout", "t").value() == 5000);
    CHECK(db.query_text("PRAGMA cipher_page_size", "t").value() == "4096");
    CHECK(db.query_int("PRAGMA page_size", "t").value() == 4096);
    CHECK(db.query_int("PRAGMA user_version", "t").value() == KioskStore::current_schema_version());
}

TEST_CASE("a wrong key is refused with db_wrong_key and the file is untouched", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    make_populated(db);
    const auto before = read_file(db);

    SECTION("open_with_key") {
        const sk::Bytes other(32, 0x42);
        auto s = KioskStore::open_with_key(db, other);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::db_wrong_key);
        CHECK(s.error().message.find("database key does not match") != std::string::npos);
    }
    SECTION("a replaced key file") {
        const sk::Bytes other(32, 0x17);
        write_file(KioskStore::key_path_for(db), other, 0600);
        auto s = KioskStore::open(db);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::db_wrong_key);
        CHECK(read_file(KioskStore::key_path_for(db)) == other);  // not overwritten either
    }
    SECTION("a key of the wrong length") {
        const sk::Bytes shorter(16, 0x17);
        auto s = KioskStore::open_with_key(db, shorter);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::invalid_argument);
    }
    CHECK(read_file(db) == before);
}

TEST_CASE("a file that is not a database is refused and untouched", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    const sk::Bytes key(32, 0x01);
    sk::Bytes content;

    SECTION("text") {
        const std::string text = "this is a shopping list, not a database\n";
        content.assign(text.begin(), text.end());
    }
    SECTION("a plain SQLite database header") {
        const char hdr[] = "SQLite format 3";
        content.assign(hdr, hdr + 16);  // includes the NUL, as in a real header
        content.resize(4096, 0);
    }
    write_file(db, content);
    auto s = KioskStore::open_with_key(db, key);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Errc::db_not_a_database);
    CHECK(read_file(db) == content);
}

TEST_CASE("a database from a newer schema is refused and untouched", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    {
        auto s = open_store(db);
        REQUIRE(s.insert_record(make_tip()).ok());
        REQUIRE(KioskStoreTestAccess::db(s).set_user_version(99).ok());
    }
    const auto before = read_file(db);
    auto s = KioskStore::open(db);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Errc::db_newer_schema);
    CHECK(s.error().message.find("database schema version 99 is newer than this program "
                                 "supports (" +
                                 std::to_string(KioskStore::current_schema_version()) + ")") !=
          std::string::npos);
    CHECK(read_file(db) == before);
}

TEST_CASE("a missing key file beside an existing database is an error, not a new key", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    make_populated(db);
    const auto key = KioskStore::key_path_for(db);
    const auto key_bytes = read_file(key);
    std::filesystem::remove(key);
    const auto before = read_file(db);

    auto s = KioskStore::open(db);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Errc::not_found);
    CHECK(s.error().message.find("restore the key file") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(key));
    CHECK(read_file(db) == before);

    // Restoring the key file brings everything back.
    write_file(key, key_bytes, 0600);
    auto again = KioskStore::open(db);
    REQUIRE(again.ok());
    CHECK(again->counts().value().tips == 1);
}

TEST_CASE("a key file with loose permissions, wrong size or a symlink is refused", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    make_populated(db);
    const auto key = KioskStore::key_path_for(db);
    const auto key_bytes = read_file(key);
    const auto before = read_file(db);

    SECTION("group/other readable") {
        REQUIRE(::chmod(key.c_str(), 0644) == 0);
        auto s = KioskStore::open(db);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::io_error);
        CHECK(s.error().message.find("chmod 600") != std::string::npos);
    }
    SECTION("wrong size") {
        sk::Bytes longer = key_bytes;
        longer.push_back(0);
        write_file(key, longer, 0600);
        auto s = KioskStore::open(db);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::bad_format);
    }
    SECTION("symlink") {
        const auto real = dir / "elsewhere.key";
        write_file(real, key_bytes, 0600);
        std::filesystem::remove(key);
        std::filesystem::create_symlink(real, key);
        auto s = KioskStore::open(db);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == Errc::io_error);
    }
    CHECK(read_file(db) == before);
}

TEST_CASE("a stale temp key file from a crash does not block the first run", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    write_file(KioskStore::key_path_for(db).string() + ".tmp", sk::Bytes(5, 1), 0600);
    auto s = KioskStore::open(db);
    REQUIRE(s.ok());
    CHECK(read_file(KioskStore::key_path_for(db)).size() == 32);
}

TEST_CASE("an existing key file without a database is used, not replaced", "[open]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    const sk::Bytes key(32, 0x33);
    write_file(KioskStore::key_path_for(db), key, 0600);
    { REQUIRE(KioskStore::open(db).ok()); }
    CHECK(read_file(KioskStore::key_path_for(db)) == key);
    CHECK(KioskStore::open_with_key(db, key).ok());
}
