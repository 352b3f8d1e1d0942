// A genuine version-1 database (v1 DDL, v1 rows written with v1 SQL) migrates to the current
// schema with its data intact.
#include <catch2/catch.hpp>

#include "../common/small_filesystem.hpp"
#include "sk/storage/sql/database.hpp"
#include "schema.hpp"
#include "sk/crypto/hash.hpp"
#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::EventCode;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using sk::storage::RecordKind;
namespace detail = sk::storage::detail;
namespace sql = sk::storage::sql;
using namespace sk::testing;

TEST_CASE("a version-1 database migrates to the current schema keeping its data", "[migrate]") {
    TempDir dir;
    const auto path = dir / "kiosk.db";
    const sk::Bytes key(32, 0x4b);
    {
        auto db = sql::Database::open_encrypted(path, key, sql::OpenOptions{true, 1});
        REQUIRE(db.ok());
        REQUIRE(detail::create_v1_schema_for_tests(db.value()).ok());
        REQUIRE(db->user_version().value() == 1);
        // Rows exactly as the version-1 kiosk wrote them.
        REQUIRE(db->exec(R"sql(
            INSERT INTO settings (key, value) VALUES ('school', 'Hill Street'), ('lang', 'zh');
            INSERT INTO sealed_records (id, kind, survey_id, day, envelope) VALUES
                (X'01010101010101010101010101010101', 1, '', 20240102, X'AA01'),
                (X'02020202020202020202020202020202', 1, '', 20240103, X'AA02'),
                (X'03030303030303030303030303030303', 2, 'wellbeing-2024', 20240103, X'BB03');
            INSERT INTO event_log (time, level, code, message) VALUES
                (1704153600, 0, 'kiosk_started', '');
        )sql",
                         "v1 rows")
                    .ok());
    }

    auto s = KioskStore::open_with_key(path, key);
    REQUIRE(s.ok());
    CHECK(s->opened_at_schema_version() == 1);
    CHECK(s->schema_version() == KioskStore::current_schema_version());

    CHECK(s->setting("school").value().value() == "Hill Street");
    CHECK(s->setting("lang").value().value() == "zh");

    auto c = s->counts();
    REQUIRE(c.ok());
    CHECK(c->tips == 2);
    CHECK(c->survey_responses == 1);
    CHECK(c->responses_by_survey.at("wellbeing-2024") == 1);
    CHECK(c->unbatched == 3);
    CHECK(c->in_pending_batches == 0);
    CHECK(c->submitted_tips_total == 2);  // counters seeded from existing rows
    CHECK(c->submitted_responses_total == 1);

    auto recs = s->unbatched_records();
    REQUIRE(recs.ok());
    REQUIRE(recs->size() == 3);
    CHECK(recs->at(0).day == 20240102);
    CHECK(recs->at(0).envelope == sk::Bytes{0xAA, 0x01});
    CHECK(recs->at(2).kind == RecordKind::survey_response);
    CHECK(recs->at(2).survey_id == "wellbeing-2024");
    CHECK(recs->at(2).envelope == sk::Bytes{0xBB, 0x03});

    auto ev = s->events(0);
    REQUIRE(ev.ok());
    REQUIRE(ev->size() == 2);
    CHECK(ev->at(0).code == EventCode::schema_migrated);
    CHECK(ev->at(0).number == KioskStore::current_schema_version());
    CHECK(ev->at(1).code == EventCode::kiosk_started);
    CHECK(ev->at(1).time == 1704153600);
    CHECK(ev->at(1).number == 0);

    // The migrated records can go through the current outbox.
    sk::storage::NewBatch b;
    b.seq = 1;
    b.hash.fill(0x77);
    b.day = 20240104;
    for (const auto& r : recs.value()) b.record_ids.push_back(r.id);
    REQUIRE(s->assign_batch(b).ok());
    auto acked = s->apply_ack(sk::crypto::Hash{}, {{1, b.hash, 3}});
    REQUIRE(acked.ok());
    CHECK(acked->records_deleted == 3);
    CHECK(s->counts().value().tips == 0);

    // Migrating again is a no-op.
    s = KioskStore::open_with_key(path, key);
    REQUIRE(s.ok());
    CHECK(s->opened_at_schema_version() == KioskStore::current_schema_version());
}

TEST_CASE("every migration step runs on a fresh database", "[migrate]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    auto& db = KioskStoreTestAccess::db(s);
    for (const char* table : {"settings", "sealed_records", "event_log", "outbox_batches", "acks",
                              "identity", "bureau_key", "extra_recipients", "survey_bundles",
                              "status_board", "admin_pin", "counters", "batch_members"}) {
        INFO(table);
        auto n = db.query_int(
            std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'", "t");
        CHECK(n.value() == 1);
    }
}

TEST_CASE("an encrypted database with foreign tables and no version is refused", "[migrate]") {
    TempDir dir;
    const auto path = dir / "kiosk.db";
    const sk::Bytes key(32, 0x4c);
    {
        auto db = sql::Database::open_encrypted(path, key, sql::OpenOptions{true, 3});
        REQUIRE(db.ok());
        REQUIRE(db->exec("CREATE TABLE something_else (x)", "t").ok());
    }
    const auto before = read_file(path);
    auto s = KioskStore::open_with_key(path, key);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Errc::db_not_a_database);
    CHECK(read_file(path) == before);
}

namespace {
std::vector<sk::crypto::RecordId> ids_of(const std::vector<sk::storage::StoredRecord>& recs) {
    std::vector<sk::crypto::RecordId> out;
    for (const auto& r : recs) out.push_back(r.id);
    return out;
}
}  // namespace

TEST_CASE("a version-5 database moves every batch assignment into batch_members", "[migrate]") {
    TempDir dir;
    const auto path = dir / "kiosk.db";
    std::vector<sk::crypto::RecordId> first, second;
    {
        auto s = open_store(path);
        for (int i = 0; i < 5; ++i) REQUIRE(s.insert_record(make_tip(20240917)).ok());
        auto recs = s.unbatched_records();
        REQUIRE(recs.ok());
        REQUIRE(recs->size() == 5);
        sk::storage::NewBatch b;
        b.day = 20240917;
        for (uint64_t seq = 1; seq <= 2; ++seq) {
            b.seq = seq;
            b.prev_hash = b.hash;
            b.hash.fill(static_cast<uint8_t>(0x10 + seq));
            b.file = sk::Bytes{'S', 'K', 'B', static_cast<uint8_t>(seq)};
            b.record_ids = {recs->at(2 * seq - 2).id, recs->at(2 * seq - 1).id};
            REQUIRE(s.assign_batch(b).ok());
        }
        first = ids_of(s.batch_records(1).value());
        second = ids_of(s.batch_records(2).value());
        REQUIRE(first.size() == 2);
        REQUIRE(second.size() == 2);
        // What version 5 kept: the batch in each record row, indexed; no membership table.
        restore_v6_records_table(s);
        auto& db = KioskStoreTestAccess::db(s);
        REQUIRE(db.exec("UPDATE sealed_records SET batch_seq = (SELECT batch_seq FROM "
                        "batch_members WHERE record_id = id);"
                        "DROP TABLE batch_members;"
                        "DROP INDEX sealed_records_day;"
                        "CREATE INDEX sealed_records_batch ON sealed_records(batch_seq);",
                        "t")
                    .ok());
        REQUIRE(db.set_user_version(5).ok());
    }
    auto s = open_store(path);
    CHECK(s.opened_at_schema_version() == 5);
    auto& db = KioskStoreTestAccess::db(s);
    CHECK(db.query_int("SELECT count(*) FROM batch_members", "t").value() == 4);
    CHECK(
        db.query_int("SELECT count(*) FROM sqlite_master WHERE name = 'sealed_records_batch'", "t")
            .value() == 0);
    CHECK(db.query_int("SELECT count(*) FROM sqlite_master WHERE name = 'sealed_records_day'", "t")
              .value() == 1);
    CHECK(ids_of(s.batch_records(1).value()) == first);
    CHECK(ids_of(s.batch_records(2).value()) == second);
    auto c = s.counts();
    REQUIRE(c.ok());
    CHECK(c->unbatched == 1);
    CHECK(c->in_pending_batches == 4);
    CHECK(s.unbatched_records().value().size() == 1);

    // An ack of batch 1 deletes its records and their membership, and nothing of batch 2.
    sk::crypto::Hash h1{};
    h1.fill(0x11);
    auto acked = s.apply_ack(sk::crypto::Hash{}, {{1, h1, 2}});
    REQUIRE(acked.ok());
    CHECK(acked->records_deleted == 2);
    CHECK(db.query_int("SELECT count(*) FROM batch_members", "t").value() == 2);
    CHECK(db.query_int("SELECT count(*) FROM sealed_records", "t").value() == 3);
    CHECK(s.batch_records(1).value().empty());
    CHECK(ids_of(s.batch_records(2).value()) == second);
    CHECK(s.batch(2).value().file == sk::Bytes{'S', 'K', 'B', 2});
    CHECK(s.counts().value().in_pending_batches == 2);
}

TEST_CASE("a version-6 database keeps its records, batches and acks as a rowid table",
          "[migrate]") {
    TempDir dir;
    const auto path = dir / "kiosk.db";
    std::vector<sk::crypto::RecordId> batched, waiting;
    {
        auto s = open_store(path);
        for (int i = 0; i < 6; ++i) {
            REQUIRE(s.insert_record(i % 2 ? make_tip(20240917, 2100)
                                          : make_response("wellbeing-2024", 20240918, 2100))
                        .ok());
        }
        auto recs = s.unbatched_records().value();
        sk::storage::NewBatch b;
        b.day = 20240918;
        b.seq = 1;
        b.hash.fill(0x21);
        b.file = sk::Bytes{'S', 'K', 'B', 1};
        for (size_t i = 0; i < 4; ++i) b.record_ids.push_back(recs[i].id);
        REQUIRE(s.assign_batch(b).ok());
        batched = ids_of(s.batch_records(1).value());
        waiting = ids_of(s.unbatched_records().value());
        restore_v6_records_table(s);
        REQUIRE(KioskStoreTestAccess::db(s).set_user_version(6).ok());
    }
    auto s = open_store(path);
    CHECK(s.opened_at_schema_version() == 6);
    auto& db = KioskStoreTestAccess::db(s);
    const std::string table_sql =
        db.query_text("SELECT sql FROM sqlite_master WHERE name = 'sealed_records'", "t").value();
    CHECK(table_sql.find("WITHOUT ROWID") == std::string::npos);
    CHECK(table_sql.find("batch_seq") == std::string::npos);
    CHECK(db.query_int("SELECT count(*) FROM sqlite_master WHERE name = 'sealed_records_v6'", "t")
              .value() == 0);
    // batch_members still points at the table now called sealed_records, and nothing broke.
    CHECK(db.query_text("SELECT sql FROM sqlite_master WHERE name = 'batch_members'", "t")
              .value()
              .find("REFERENCES sealed_records(id)") != std::string::npos);
    CHECK(db.query_int("SELECT count(*) FROM batch_members", "t").value() == 4);
    CHECK(ids_of(s.batch_records(1).value()) == batched);
    CHECK(ids_of(s.unbatched_records().value()) == waiting);
    // Migrated rows are numbered in the order of their random ids.
    CHECK(db.query_int("SELECT count(*) FROM sealed_records a JOIN sealed_records b "
                       "ON a.rid < b.rid AND a.id > b.id",
                       "t")
              .value() == 0);
    auto c = s.counts().value();
    CHECK(c.tips == 3);
    CHECK(c.survey_responses == 3);
    CHECK(c.responses_by_survey.at("wellbeing-2024") == 3);
    CHECK(c.unbatched == 2);
    CHECK(c.in_pending_batches == 4);

    // New records go on beside them; an ack still deletes the batch's records and members.
    REQUIRE(s.insert_record(make_tip(20240919)).ok());
    CHECK(s.counts().value().unbatched == 3);
    sk::crypto::Hash h1{};
    h1.fill(0x21);
    auto acked = s.apply_ack(sk::crypto::Hash{}, {{1, h1, 4}});
    REQUIRE(acked.ok());
    CHECK(acked->records_deleted == 4);
    CHECK(db.query_int("SELECT count(*) FROM batch_members", "t").value() == 0);
    CHECK(db.query_int("SELECT count(*) FROM sealed_records", "t").value() == 3);
}

TEST_CASE("a record's rowid comes from its random id, and a taken rowid falls back",
          "[migrate][anonymity]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    auto& db = KioskStoreTestAccess::db(s);
    auto a = make_tip(20240917);
    a.id.fill(0x11);
    a.id[0] = 0x91;  // the top bit is dropped: rowids are positive
    auto b = make_tip(20240917);
    b.id = a.id;
    b.id[15] = 0x22;  // same first 8 bytes, another id
    REQUIRE(s.insert_record(a).ok());
    REQUIRE(s.insert_record(b).ok());
    CHECK(
        db.query_int(
              "SELECT rid FROM sealed_records WHERE id = X'91111111111111111111111111111111'", "t")
            .value() == 0x1111111111111111);
    CHECK(
        db.query_int(
              "SELECT rid FROM sealed_records WHERE id = X'91111111111111111111111111111122'", "t")
            .value() == 0x1111111111111122);
    // Both of a third id's halves taken (by a's first half and e's): refused, nothing stored.
    auto e = make_tip(20240917);
    e.id.fill(0x33);
    for (size_t i = 0; i < 7; ++i) e.id[i] = 0x11;
    REQUIRE(s.insert_record(e).ok());  // rowid 0x1111111111111133
    auto c = make_tip(20240917);
    c.id = a.id;
    for (size_t i = 8; i < 15; ++i) c.id[i] = 0x11;
    c.id[15] = 0x33;
    auto refused = s.insert_record(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Errc::conflict);
    CHECK(s.counts().value().tips == 3);
    CHECK(s.counts().value().submitted_tips_total == 3);
}

TEST_CASE("on a full disk the migration to schema 7 spends the reserve instead of failing",
          "[migrate][full_disk]") {
    TempDir dir;
    sk::testing::SmallFilesystem disk(dir / "disk", 24u * 1024u * 1024u);
    if (!disk.available()) {
        WARN("skipped: cannot mount a tmpfs here (" << disk.why_not() << ")");
        return;
    }
    const auto path = disk.dir() / "kiosk.db";
    {
        auto s = open_store(path);
        REQUIRE(s.has_reserve());
        for (int i = 0; i < 300; ++i) REQUIRE(s.insert_record(make_tip(20240917, 2000)).ok());
        restore_v6_records_table(s);
        REQUIRE(KioskStoreTestAccess::db(s).set_user_version(6).ok());
        REQUIRE(s.checkpoint().ok());
    }
    REQUIRE(disk.fill() > 0);
    // As kioskctl opens it to drain the kiosk (the WAL index in memory: no room for -shm).
    auto s = KioskStore::open(path, sk::storage::OpenMode::maintenance);
    REQUIRE(s.ok());
    CHECK(s->opened_at_schema_version() == 6);
    CHECK(s->schema_version() == KioskStore::current_schema_version());
    CHECK_FALSE(s->has_reserve());  // spent, and no room to make it again
    CHECK(s->counts().value().unbatched == 300);
    bool logged = false;
    auto events = s->events();
    REQUIRE(events.ok());
    for (const auto& e : events.value()) {
        if (e.note.find("reserve file released for the schema migration") != std::string::npos)
            logged = true;
    }
    CHECK(logged);
}
