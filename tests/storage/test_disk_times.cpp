// What a thief with root reads from the kiosk database (issue 12): the whole life cycle is
// driven at a known time of day, then the database is dumped with Debian's own `sqlcipher`
// shell (an independent reader, not our code) using the key file, and every number that could
// be a time must be a local midnight. Sealed records come out in (random) id order.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using namespace sk::testing;

namespace {

// A local time of day well inside a day: 2024-09-17 10:47:17 local.
int64_t local_time(int y, int mo, int d, int h, int mi, int s) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    tm.tm_isdst = -1;
    return static_cast<int64_t>(std::mktime(&tm));
}

bool is_local_midnight(int64_t t) {
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    REQUIRE(::localtime_r(&tt, &tm) != nullptr);
    return tm.tm_hour == 0 && tm.tm_min == 0 && tm.tm_sec == 0;
}

// `sqlcipher` reading db with the raw key from its key file; the SQL text of `.dump`.
std::string sqlcipher_dump(const std::filesystem::path& db, const std::filesystem::path& dir) {
    const sk::Bytes key = read_file(KioskStore::key_path_for(db));
    REQUIRE(key.size() == 32);
    const auto script = dir / "dump.sql";
    {
        std::ofstream f(script);
        f << "PRAGMA key = \"x'" << sk::to_hex(key) << "'\";\n"
          << "PRAGMA cipher_page_size = 4096;\n.dump\n";
    }
    const std::string cmd = "sqlcipher '" + db.string() + "' < '" + script.string() + "' 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::string out;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    const int rc = ::pclose(p);
    INFO(out);
    REQUIRE(rc == 0);
    REQUIRE(out.find("CREATE TABLE sealed_records") != std::string::npos);
    return out;
}

// Every run of digits outside quoted strings and X'..' blobs, as numbers.
std::vector<int64_t> numbers_in(const std::string& sql) {
    std::vector<int64_t> out;
    for (size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '\'') {  // a string or a blob: skip to its closing quote ('' is an escape)
            for (++i; i < sql.size(); ++i) {
                if (sql[i] == '\'' && (i + 1 >= sql.size() || sql[i + 1] != '\'')) break;
                if (sql[i] == '\'') ++i;
            }
            ++i;
        } else if (c >= '0' && c <= '9') {
            size_t j = i;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
            const bool in_word = i > 0 && (std::isalpha(static_cast<unsigned char>(sql[i - 1])) ||
                                           sql[i - 1] == '_');
            if (!in_word && j - i <= 18) out.push_back(std::stoll(sql.substr(i, j - i)));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

// The dumped INSERT statements of one table.
std::vector<std::string> inserts_into(const std::string& sql, const std::string& table) {
    std::vector<std::string> out;
    const std::string head = "INSERT INTO \"" + table + "\" VALUES(";
    const std::string head2 = "INSERT INTO " + table + " VALUES(";
    size_t pos = 0;
    while (pos < sql.size()) {
        size_t eol = sql.find('\n', pos);
        if (eol == std::string::npos) eol = sql.size();
        const std::string line = sql.substr(pos, eol - pos);
        if (line.rfind(head, 0) == 0 || line.rfind(head2, 0) == 0) out.push_back(line);
        pos = eol + 1;
    }
    return out;
}

sk::crypto::Hash hash_of(uint8_t b) {
    sk::crypto::Hash h;
    h.fill(b);
    return h;
}

}  // namespace

TEST_CASE("the kiosk database, dumped with the sqlcipher shell, holds no time finer than a day",
          "[records][anonymity]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    const int64_t t0 = local_time(2024, 9, 17, 10, 47, 17);
    int64_t now = t0;
    {
        auto s = open_store(db);
        s.set_clock([&] { return now; });
        sk::crypto::SecureBuffer sk64(64);
        sk::crypto::random_bytes(sk64.data(), sk64.size());
        REQUIRE(s.set_identity(sk64).ok());
        REQUIRE(s.set_bureau_public(sk::Bytes(88, 0x42)).ok());
        sk::crypto::SealPublicKey pk;
        pk.fill(0x07);
        REQUIRE(s.add_extra_recipient(pk, "second office").ok());
        REQUIRE(s.put_survey_bundle("wellbeing", 1, sk::Bytes{1, 2, 3}, std::nullopt).ok());
        REQUIRE(s.put_status_board(1, sk::Bytes{4, 5, 6}).ok());
        REQUIRE(s.set_pin_hash("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA").ok());
        REQUIRE(
            s.log_event(sk::storage::EventLevel::info, sk::storage::EventCode::kiosk_started).ok());
        for (int i = 0; i < 4; ++i) {  // wrong PINs at the admin pad, left counted (locked)
            now += 13;
            REQUIRE(s.record_pin_failure().ok());
        }
        for (int i = 0; i < 6; ++i) {
            now += 97;  // a minute and a half between submissions
            auto r = i % 2 ? make_response("wellbeing", 20240917) : make_tip(20240917);
            REQUIRE(s.insert_record(r).ok());
        }
        now += 3600;
        auto recs = s.unbatched_records();
        REQUIRE(recs.ok());
        sk::storage::NewBatch b;
        b.seq = 1;
        b.hash = hash_of(0x11);
        b.prev_hash = hash_of(0);
        b.day = 20240917;
        for (const auto& r : *recs) b.record_ids.push_back(r.id);
        b.file = sk::Bytes{'S', 'K', 'B'};
        REQUIRE(s.assign_batch(b).ok());
        for (int i = 0; i < 2; ++i) {  // two more waiting for the next batch
            now += 61;
            REQUIRE(s.insert_record(make_tip(20240917)).ok());
        }
        now += 7200;
        REQUIRE(s.apply_ack(hash_of(0xA1), {{1, hash_of(0x11), 6}}).ok());
        REQUIRE(
            s.log_event(sk::storage::EventLevel::info, sk::storage::EventCode::kiosk_stopped).ok());
    }

    const std::string sql = sqlcipher_dump(db, dir.path());
    // Every table the store has must be in the dump (and so was checked).
    for (const char* t : {"settings", "sealed_records", "event_log", "outbox_batches", "acks",
                          "identity", "bureau_key", "extra_recipients", "survey_bundles",
                          "status_board", "admin_pin", "counters", "batch_members"}) {
        CHECK(sql.find(std::string("CREATE TABLE ") + t) != std::string::npos);
    }
    const auto records = inserts_into(sql, "sealed_records");
    REQUIRE(records.size() == 2);
    // Each record's rowid is taken from its random id (the first 8 bytes), never SQLite's
    // next number, which would say in what order records arrived.
    for (const auto& line : records) {
        INFO(line);
        const size_t open = line.find('('), comma = line.find(','), hex = line.find("X'");
        REQUIRE((open != std::string::npos && comma != std::string::npos && hex == comma + 1 &&
                 line.size() > hex + 2 + 32));
        const uint64_t rid = std::stoull(line.substr(open + 1, comma - open - 1));
        const uint64_t prefix = std::stoull(line.substr(hex + 2, 16), nullptr, 16);
        CHECK(rid == (prefix & uint64_t(INT64_MAX)));
    }
    CHECK(inserts_into(sql, "event_log").size() >= 2);
    CHECK(inserts_into(sql, "outbox_batches").size() == 1);
    CHECK(inserts_into(sql, "acks").size() == 1);
    CHECK(inserts_into(sql, "batch_members").empty());  // acked records take theirs along
    REQUIRE(inserts_into(sql, "admin_pin").size() == 1);
    CHECK(numbers_in(inserts_into(sql, "admin_pin")[0]) ==
          std::vector<int64_t>{1, 4});  // id, count

    // Anything from 20 years before to 2 years after that could be a unix time must be a
    // local midnight. (Days are YYYYMMDD, far below this range.)
    size_t times = 0;
    for (const auto& line : inserts_into(sql, "event_log")) {
        for (int64_t n : numbers_in(line)) {
            if (n < t0 - 20 * 366 * 86400LL || n > t0 + 2 * 366 * 86400LL) continue;
            ++times;
            INFO(line);
            CHECK(is_local_midnight(n));
        }
    }
    for (const char* table :
         {"outbox_batches", "acks", "identity", "bureau_key", "extra_recipients", "survey_bundles",
          "status_board", "admin_pin", "counters", "settings", "sealed_records", "batch_members"}) {
        for (const auto& line : inserts_into(sql, table)) {
            for (int64_t n : numbers_in(line)) {
                if (n < t0 - 20 * 366 * 86400LL || n > t0 + 2 * 366 * 86400LL) continue;
                ++times;
                INFO(line);
                CHECK(is_local_midnight(n));
            }
        }
    }
    CHECK(times >= 9);  // the columns above really were read as numbers
}

TEST_CASE("migrating a version-4 kiosk database drops the admin PIN's last failure time",
          "[records][anonymity][migration]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    const int64_t t0 = local_time(2024, 9, 17, 10, 47, 17);
    {
        auto s = open_store(db);
        REQUIRE(s.set_pin_hash("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA").ok());
        for (int i = 0; i < 5; ++i) REQUIRE(s.record_pin_failure().ok());
        // What version 4 kept: the last failure to the second.
        auto& d = KioskStoreTestAccess::db(s);
        REQUIRE(d.exec("ALTER TABLE admin_pin ADD COLUMN last_failure_at INTEGER", "t").ok());
        REQUIRE(d.exec("UPDATE admin_pin SET last_failure_at = " + std::to_string(t0), "t").ok());
        restore_v6_records_table(s);
        REQUIRE(d.set_user_version(4).ok());
    }
    {
        auto s = open_store(db);
        CHECK(s.opened_at_schema_version() == 4);
        CHECK(s.pin_attempts().value().failed == 5);  // the count, and so the lock, is kept
        CHECK(s.pin_hash().value().has_value());
        std::error_code ec;
        const auto wal = std::filesystem::file_size(db.string() + "-wal", ec);
        CHECK((ec || wal == 0));
    }
    const std::string sql = sqlcipher_dump(db, dir.path());
    CHECK(sql.find("last_failure_at") == std::string::npos);
    const auto rows = inserts_into(sql, "admin_pin");
    REQUIRE(rows.size() == 1);
    CHECK(numbers_in(rows[0]) == std::vector<int64_t>{1, 5});
}
