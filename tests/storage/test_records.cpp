// Records, batches and acks: the outbox life cycle, and all-or-nothing transactions.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sk/crypto/hash.hpp"
#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using sk::storage::NewBatch;
using sk::storage::RecordKind;
using namespace sk::testing;

namespace {

sk::crypto::Hash hash_of(uint8_t b) {
    sk::crypto::Hash h;
    h.fill(b);
    return h;
}

NewBatch batch_of(uint64_t seq, const sk::crypto::Hash& prev,
                  const std::vector<sk::storage::StoredRecord>& recs) {
    NewBatch b;
    b.seq = seq;
    b.hash = hash_of(static_cast<uint8_t>(0x10 + seq));
    b.prev_hash = prev;
    b.day = 20240918;
    for (const auto& r : recs) b.record_ids.push_back(r.id);
    b.file = sk::Bytes{'S', 'K', 'B', static_cast<uint8_t>(seq)};
    return b;
}

std::vector<sk::storage::AckedBatch> entry(uint64_t seq, uint64_t records) {
    return {{seq, hash_of(static_cast<uint8_t>(0x10 + seq)), records}};
}

}  // namespace

TEST_CASE("insert, count and list records", "[records]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    const auto t1 = make_tip(20240917, 700, 1);
    const auto t2 = make_tip(20240916, 512, 2);
    const auto r1 = make_response("wellbeing", 20240917);
    const auto r2 = make_response("canteen", 20240917);
    for (const auto* r : {&t1, &t2, &r1, &r2}) REQUIRE(s.insert_record(*r).ok());

    auto c = s.counts().value();
    CHECK(c.tips == 2);
    CHECK(c.survey_responses == 2);
    CHECK(c.responses_by_survey.at("wellbeing") == 1);
    CHECK(c.responses_by_survey.at("canteen") == 1);
    CHECK(c.unbatched == 4);
    CHECK(c.submitted_tips_total == 2);
    CHECK(c.submitted_responses_total == 2);

    auto recs = s.unbatched_records().value();
    REQUIRE(recs.size() == 4);
    CHECK(recs[0].id == t2.id);  // earliest day first
    CHECK(recs[0].envelope == t2.envelope);
    CHECK(s.unbatched_records(2).value().size() == 2);

    SECTION("a duplicate id is refused and nothing changes") {
        auto dup = t1;
        dup.envelope.assign(10, 9);
        auto r = s.insert_record(dup);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::already_exists);
        CHECK(s.counts().value().submitted_tips_total == 2);
    }
    SECTION("invalid records are refused") {
        auto bad = make_tip();
        bad.survey_id = "x";
        CHECK(s.insert_record(bad).error().code == Errc::invalid_argument);
        auto no_survey = make_response("");
        CHECK(s.insert_record(no_survey).error().code == Errc::invalid_argument);
        auto bad_day = make_tip(20240231);
        CHECK(s.insert_record(bad_day).error().code == Errc::invalid_argument);
        auto empty = make_tip();
        empty.envelope.clear();
        CHECK(s.insert_record(empty).error().code == Errc::invalid_argument);
        CHECK(s.counts().value().unbatched == 4);
    }
    SECTION("records survive a reopen") {
        s = open_store(dir / "kiosk.db");
        CHECK(s.unbatched_records().value().size() == 4);
    }
}

TEST_CASE("day validation", "[records]") {
    CHECK(sk::storage::is_valid_day(20240229));
    CHECK_FALSE(sk::storage::is_valid_day(20230229));
    CHECK(sk::storage::is_valid_day(20001231));
    CHECK_FALSE(sk::storage::is_valid_day(20241301));
    CHECK_FALSE(sk::storage::is_valid_day(20240100));
    CHECK_FALSE(sk::storage::is_valid_day(1726531200));  // a timestamp is not a day
}

TEST_CASE("a stored tip leaves only its day on disk, and no page image in the WAL",
          "[records][anonymity]") {
    TempDir dir;
    const auto db_path = dir / "kiosk.db";
    const auto wal = std::filesystem::path(db_path.string() + "-wal");
    auto s = open_store(db_path);
    CHECK_FALSE(s.last_tip_day().value().has_value());
    const int64_t now = 1726570037;  // 2024-09-17 10:47:17 UTC
    s.set_clock([&] { return now; });
    auto wal_size = [&] {
        std::error_code ec;
        auto n = std::filesystem::file_size(wal, ec);
        return ec ? uintmax_t{0} : n;
    };
    REQUIRE(s.insert_record(make_tip(20240916)).ok());
    CHECK(wal_size() == 0);
    REQUIRE(s.insert_record(make_response("s", 20240917)).ok());  // responses do not move it
    CHECK(wal_size() == 0);
    CHECK(s.last_tip_day().value() == sk::storage::Day{20240916});
    REQUIRE(s.insert_record(make_tip(20240917)).ok());
    CHECK(wal_size() == 0);
    CHECK(s.last_tip_day().value() == sk::storage::Day{20240917});
    // No counter holds anything that looks like a time of day (a unix time of the last
    // ten years).
    auto& db = KioskStoreTestAccess::db(s);
    CHECK(db.query_int("SELECT count(*) FROM counters WHERE value BETWEEN " +
                           std::to_string(now - 10 * 365 * 86400) + " AND " +
                           std::to_string(now + 86400),
                       "t")
              .value() == 0);
    CHECK(db.query_int("SELECT count(*) FROM counters WHERE name LIKE 'flood%'", "t").value() == 1);
}

TEST_CASE("migrating from version 3 drops the minute of the latest tip", "[records][migration]") {
    TempDir dir;
    const auto db_path = dir / "kiosk.db";
    {
        auto s = open_store(db_path);
        REQUIRE(s.insert_record(make_tip(20240915)).ok());
        REQUIRE(s.insert_record(make_tip(20240917)).ok());
        // What version 3 wrote on each tip, then back to version 3.
        auto& db = KioskStoreTestAccess::db(s);
        REQUIRE(db.exec("DELETE FROM counters WHERE name = 'flood.last_tip_day'", "t").ok());
        REQUIRE(db.exec("INSERT INTO counters VALUES ('flood.last_tip', 1726570020)", "t").ok());
        restore_v6_records_table(s);
        REQUIRE(db.set_user_version(3).ok());
    }
    auto s = open_store(db_path);
    CHECK(s.opened_at_schema_version() == 3);
    auto& db = KioskStoreTestAccess::db(s);
    CHECK(
        db.query_int("SELECT count(*) FROM counters WHERE name = 'flood.last_tip'", "t").value() ==
        0);
    CHECK(s.last_tip_day().value() == sk::storage::Day{20240917});
    std::error_code ec;
    const auto wal = std::filesystem::file_size(db_path.string() + "-wal", ec);
    CHECK((ec || wal == 0));
}

TEST_CASE("batch, ack and delete", "[records][batch]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    for (int i = 0; i < 5; ++i) REQUIRE(s.insert_record(make_tip()).ok());
    REQUIRE(s.insert_record(make_response("wellbeing")).ok());

    auto head = s.chain_head().value();
    CHECK(head.seq == 0);
    CHECK(head.hash == sk::crypto::Hash{});

    auto first = s.unbatched_records(4).value();
    REQUIRE(s.assign_batch(batch_of(1, head.hash, first)).ok());
    head = s.chain_head().value();
    CHECK(head.seq == 1);
    CHECK(head.hash == hash_of(0x11));

    auto c = s.counts().value();
    CHECK(c.unbatched == 2);
    CHECK(c.in_pending_batches == 4);

    auto rest = s.unbatched_records().value();
    REQUIRE(rest.size() == 2);
    REQUIRE(s.assign_batch(batch_of(2, head.hash, rest)).ok());

    auto pending = s.pending_batches().value();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].seq == 1);
    CHECK(pending[0].record_count == 4);
    CHECK(pending[0].prev_hash == sk::crypto::Hash{});
    CHECK(pending[1].prev_hash == hash_of(0x11));
    REQUIRE(pending[0].file.has_value());
    CHECK(*pending[0].file == (sk::Bytes{'S', 'K', 'B', 1}));
    CHECK_FALSE(pending[0].acked_at.has_value());
    CHECK(s.batch_records(1).value().size() == 4);

    SECTION("an ack that does not match the stored batch deletes nothing") {
        auto wrong_hash = entry(1, 4);
        wrong_hash[0].batch_hash = hash_of(0xEE);
        CHECK(s.apply_ack(hash_of(0xA1), wrong_hash).error().code == Errc::conflict);
        CHECK(s.apply_ack(hash_of(0xA1), entry(1, 3)).error().code == Errc::conflict);
        CHECK(s.apply_ack(hash_of(0xA9), entry(9, 0)).error().code == Errc::not_found);
        // A bad entry after a good one: the good one is rolled back too.
        auto mixed = entry(1, 4);
        mixed.push_back({2, hash_of(0xEE), 2});
        CHECK(s.apply_ack(hash_of(0xA1), mixed).error().code == Errc::conflict);
        CHECK(s.batch_records(1).value().size() == 4);
        CHECK(s.pending_batches().value().size() == 2);
        CHECK_FALSE(s.has_ack(hash_of(0xA1)).value());
        CHECK(s.acks().value().empty());
    }

    auto out = s.apply_ack(hash_of(0xA1), entry(1, 4));
    REQUIRE(out.ok());
    CHECK(out->batches_acked == 1);
    CHECK(out->records_deleted == 4);
    CHECK(s.batch_records(1).value().empty());
    auto b1 = s.batch(1).value();
    CHECK(b1.acked_at.has_value());
    CHECK_FALSE(b1.file.has_value());  // the batch file holds sealed records: dropped too
    CHECK(s.pending_batches().value().size() == 1);
    c = s.counts().value();
    CHECK(c.tips + c.survey_responses == 2);
    CHECK(c.submitted_tips_total == 5);  // lifetime counters are not reduced

    // The rows are really gone from the table, not just hidden.
    auto& db = KioskStoreTestAccess::db(s);
    CHECK(db.query_int("SELECT count(*) FROM sealed_records", "t").value() == 2);

    // Importing the same ack again is harmless.
    out = s.apply_ack(hash_of(0xA1), entry(1, 4));
    REQUIRE(out.ok());
    CHECK(out->batches_acked == 0);
    CHECK(s.has_ack(hash_of(0xA1)).value());

    SECTION("an ack naming several batches, one already acked") {
        auto both = entry(1, 4);
        both.push_back(entry(2, 2)[0]);
        out = s.apply_ack(hash_of(0xA2), both);
        REQUIRE(out.ok());
        CHECK(out->batches_acked == 1);
        CHECK(out->records_deleted == 2);
        CHECK(s.pending_batches().value().empty());
        CHECK(s.counts().value().tips == 0);
        auto acks = s.acks().value();
        REQUIRE(acks.size() == 2);
        CHECK(acks[0].seq_covered == 2);
    }
    SECTION("the chain continues after an ack") {
        REQUIRE(s.insert_record(make_tip()).ok());
        auto more = s.unbatched_records().value();
        CHECK(s.assign_batch(batch_of(3, s.chain_head().value().hash, more)).ok());
    }
}

TEST_CASE("a failed assign_batch changes nothing", "[records][batch]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    for (int i = 0; i < 3; ++i) REQUIRE(s.insert_record(make_tip()).ok());
    auto recs = s.unbatched_records().value();

    NewBatch b = batch_of(1, sk::crypto::Hash{}, recs);
    SECTION("unknown record id (checked last, after the batch row and two updates)") {
        b.record_ids.push_back(sk::crypto::new_record_id());
        auto r = s.assign_batch(b);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::not_found);
    }
    SECTION("duplicate record id") {
        b.record_ids.push_back(b.record_ids.front());
        CHECK(s.assign_batch(b).error().code == Errc::not_found);
    }
    SECTION("seq does not extend the chain") {
        b.seq = 2;
        CHECK(s.assign_batch(b).error().code == Errc::conflict);
    }
    SECTION("prev_hash does not match") {
        b.prev_hash = hash_of(1);
        CHECK(s.assign_batch(b).error().code == Errc::conflict);
    }
    CHECK(s.chain_head().value().seq == 0);
    CHECK(s.pending_batches().value().empty());
    CHECK(s.batch(1).error().code == Errc::not_found);
    CHECK(s.unbatched_records().value().size() == 3);
    CHECK(s.counts().value().in_pending_batches == 0);

    // And the same records can still be batched properly.
    CHECK(s.assign_batch(batch_of(1, sk::crypto::Hash{}, recs)).ok());
}

TEST_CASE("records already in a batch cannot be batched again", "[records][batch]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    REQUIRE(s.insert_record(make_tip()).ok());
    auto recs = s.unbatched_records().value();
    REQUIRE(s.assign_batch(batch_of(1, sk::crypto::Hash{}, recs)).ok());
    auto r = s.assign_batch(batch_of(2, hash_of(0x11), recs));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::not_found);
    CHECK(s.chain_head().value().seq == 1);
}
