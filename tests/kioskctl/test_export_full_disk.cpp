// Export on a full kiosk disk when even the reserve cannot pay for the outbox row: the new
// batch was already on the stick (under its temp name), so it must go again, the records stay
// unbatched, and the next export chains on without a gap or a second file for any seq. The
// full database is PRAGMA max_page_count: deterministic, in-process.
#include <catch2/catch.hpp>

#include <set>

#include "../common/small_filesystem.hpp"
#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/sync/batch.hpp"
#include "test_access.hpp"

using namespace sk;
using sk::testing::files_in;
using sk::testing::KioskFixture;
using sk::testing::read_all;

namespace {

void limit_growth(storage::KioskStore& store, bool full) {
    auto& db = storage::KioskStoreTestAccess::db(store);
    auto pages = db.query_int("PRAGMA page_count", "test");
    REQUIRE(pages);
    const int64_t cap = full ? *pages : 1000000;
    REQUIRE(db.query_int("PRAGMA max_page_count = " + std::to_string(cap), "test"));
}

std::set<crypto::RecordId> ids_in(const sync::Batch& b) {
    std::set<crypto::RecordId> s;
    for (const auto& r : b.records) s.insert(r.id);
    return s;
}

// Three records exported as batch 1, which then waits for its ack; returns its bytes.
Bytes one_waiting_batch(KioskFixture& f) {
    f.add_records(3);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto first = w.export_to(f.out);
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    return read_all(first->front().path);
}

}  // namespace

TEST_CASE("export: a batch the store cannot record leaves the stick, the next export chains on",
          "[batch_writer][full_disk]") {
    KioskFixture f;
    const Bytes batch1 = one_waiting_batch(f);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    // Enough records that their batch memberships need new pages (a batch keeps no copy of
    // its file since schema 7: a few records' rows would fit in the pages already there).
    constexpr size_t kFresh = 200;
    const auto fresh = f.add_records(kFresh);
    REQUIRE(f.store.has_reserve());

    limit_growth(f.store, true);
    std::vector<Bytes> staged;
    w.set_staged_hook([&](const std::filesystem::path& tmp) { staged.push_back(read_all(tmp)); });
    auto failed = w.export_to(f.out);
    REQUIRE(!failed);
    CHECK(failed.error().code == Errc::disk_full);
    INFO(failed.error().message);
    CHECK(failed.error().message.find("batch 2 was not recorded") != std::string::npos);
    CHECK(failed.error().message.find("1 batch(es) were written to") != std::string::npos);
    CHECK(failed.error().message.find('\n') == std::string::npos);
    // The new batch had been written to the stick before the store refused it...
    REQUIRE(staged.size() == 1);
    auto staged_batch = sync::verify_batch(staged[0], f.kiosk.pk);
    REQUIRE(staged_batch);
    CHECK(staged_batch->header.seq == 2);
    // ...and is gone again: only the waiting batch is on the stick, no temp file.
    const auto after_failure = files_in(f.out);
    REQUIRE(after_failure.size() == 1);
    CHECK(read_all(after_failure[0]) == batch1);
    // The reserve was spent on the attempt; the store is as before.
    CHECK(!f.store.has_reserve());
    auto counts = f.store.counts();
    REQUIRE(counts);
    CHECK(counts->unbatched == kFresh);
    auto head = f.store.chain_head();
    REQUIRE(head);
    CHECK(head->seq == 1);

    // Room again: batch 2 chains onto batch 1 and holds exactly the new records.
    limit_growth(f.store, false);
    auto again = w.export_to(f.out);
    REQUIRE(again);
    REQUIRE(again->size() == 2);
    CHECK(!(*again)[0].created);
    CHECK((*again)[1].created);
    CHECK((*again)[1].seq == 2);
    auto b2 = sync::verify_batch(read_all((*again)[1].path), f.kiosk.pk);
    REQUIRE(b2);
    CHECK(b2->header.seq == 2);
    CHECK(b2->header.prev_hash == sync::batch_hash(batch1));
    CHECK(ids_in(*b2) == std::set<crypto::RecordId>(fresh.begin(), fresh.end()));

    // A third export adds nothing and rewrites the same two files: one file per seq.
    const Bytes batch2 = read_all((*again)[1].path);
    auto third = w.export_to(f.out);
    REQUIRE(third);
    REQUIRE(files_in(f.out).size() == 2);
    CHECK(read_all((*third)[0].path) == batch1);
    CHECK(read_all((*third)[1].path) == batch2);
}

TEST_CASE("export: with no room even for a small batch, the waiting batches go and nothing else",
          "[batch_writer][full_disk]") {
    KioskFixture f;
    const Bytes batch1 = one_waiting_batch(f);
    f.add_records(5);

    // Move the kiosk onto a real 4 MiB filesystem: too small for a reserve; then fill it.
    testing::SmallFilesystem disk(f.tmp / "disk", 4u * 1024u * 1024u);
    if (!disk.available()) {
        WARN("skipped: cannot mount a tmpfs here (" << disk.why_not() << ")");
        return;
    }
    REQUIRE(f.store.checkpoint());
    for (const char* name : {"kiosk.db", "kiosk.db.key"})
        std::filesystem::copy_file(f.data / name, disk.dir() / name);
    auto moved = storage::KioskStore::open(disk.dir() / "kiosk.db");
    REQUIRE(moved);
    f.store = std::move(*moved);
    CHECK(!f.store.has_reserve());
    REQUIRE(disk.fill() > 0);

    kiosk_sync::BatchWriter w(f.store, 20260315);
    int staged = 0;
    w.set_staged_hook([&](const std::filesystem::path&) { ++staged; });
    auto r = w.export_to(f.out);
    REQUIRE(!r);
    INFO(r.error().message);
    CHECK(r.error().code == Errc::disk_full);
    CHECK(r.error().message.find("5 new record(s) not batched") != std::string::npos);
    CHECK(r.error().message.find("1 batch(es) were written to") != std::string::npos);
    CHECK(staged == 0);  // nothing new was even written to the stick
    const auto on_stick = files_in(f.out);
    REQUIRE(on_stick.size() == 1);
    CHECK(read_all(on_stick[0]) == batch1);
    auto counts = f.store.counts();
    REQUIRE(counts);
    CHECK(counts->unbatched == 5);
}
