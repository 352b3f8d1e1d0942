// BatchWriter: re-export gives the same bytes, batches chain, large exports split.
#include <catch2/catch.hpp>

#include <set>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/sync/batch.hpp"

using namespace sk;
using sk::testing::KioskFixture;
using sk::testing::read_all;

namespace {
std::set<crypto::RecordId> ids_in(const sync::Batch& b) {
    std::set<crypto::RecordId> s;
    for (const auto& r : b.records) s.insert(r.id);
    return s;
}
}  // namespace

TEST_CASE("export writes one signed batch named after the kiosk and seq", "[batch_writer]") {
    KioskFixture f;
    auto ids = f.add_records(7);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto written = w.export_to(f.out);
    REQUIRE(written);
    REQUIRE(written->size() == 1);
    const auto& b = written->front();
    CHECK(b.seq == 1);
    CHECK(b.records == 7);
    CHECK(b.created);
    CHECK(b.path.filename() == kiosk_sync::batch_file_name(f.kiosk.id(), 1));
    CHECK(b.path.filename().string().size() == 16 + 1 + 6 + 8);

    auto parsed = sync::verify_batch(read_all(b.path), f.kiosk.pk);
    REQUIRE(parsed);
    CHECK(parsed->header.seq == 1);
    CHECK(parsed->header.day == 20260315);
    CHECK(parsed->header.prev_hash == crypto::Hash{});
    CHECK(ids_in(*parsed) == std::set<crypto::RecordId>(ids.begin(), ids.end()));

    auto counts = f.store.counts();
    REQUIRE(counts);
    CHECK(counts->unbatched == 0);
    CHECK(counts->in_pending_batches == 7);
}

TEST_CASE("exporting twice before an ack rewrites the same batch bytes", "[batch_writer]") {
    KioskFixture f;
    f.add_records(5);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto first = w.export_to(f.out);
    REQUIRE(first);
    const auto bytes1 = read_all(first->front().path);

    auto second = w.export_to(f.out);
    REQUIRE(second);
    REQUIRE(second->size() == 1);
    CHECK(second->front().seq == 1);
    CHECK_FALSE(second->front().created);
    CHECK(read_all(second->front().path) == bytes1);
    CHECK(testing::files_in(f.out).size() == 1);  // no temp files left behind
}

TEST_CASE("new records after an export go to a new batch chained to the last", "[batch_writer]") {
    KioskFixture f;
    auto first_ids = f.add_records(3);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto a = w.export_to(f.out);
    REQUIRE(a);
    auto later_ids = f.add_records(4);
    auto b = w.export_to(f.out);
    REQUIRE(b);
    REQUIRE(b->size() == 2);
    CHECK_FALSE((*b)[0].created);
    CHECK((*b)[1].created);

    const auto file1 = read_all((*b)[0].path);
    auto one = sync::verify_batch(file1, f.kiosk.pk);
    auto two = sync::verify_batch(read_all((*b)[1].path), f.kiosk.pk);
    REQUIRE(one);
    REQUIRE(two);
    CHECK(two->header.seq == 2);
    CHECK(two->header.prev_hash == sync::batch_hash(file1));
    CHECK(ids_in(*one) == std::set<crypto::RecordId>(first_ids.begin(), first_ids.end()));
    CHECK(ids_in(*two) == std::set<crypto::RecordId>(later_ids.begin(), later_ids.end()));
}

TEST_CASE("an export past the batch size limit splits into chained batches", "[batch_writer]") {
    KioskFixture f;
    // 32 KiB-bucket envelopes: about 510 fit under the 16 MiB file limit.
    const size_t n = 530;
    auto ids = f.add_records(n, 20000);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    uint64_t last_done = 0;
    w.set_progress([&](uint64_t done, uint64_t total) {
        CHECK(total == n);
        last_done = done;
    });
    auto written = w.export_to(f.out);
    REQUIRE(written);
    REQUIRE(written->size() == 2);
    CHECK(last_done == n);

    std::set<crypto::RecordId> seen;
    crypto::Hash prev{};
    for (size_t i = 0; i < written->size(); ++i) {
        const auto bytes = read_all((*written)[i].path);
        CHECK(bytes.size() <= sync::kMaxBatchFileBytes);
        auto b = sync::verify_batch(bytes, f.kiosk.pk);
        REQUIRE(b);
        CHECK(b->header.seq == i + 1);
        CHECK(b->header.prev_hash == prev);
        prev = sync::batch_hash(bytes);
        for (const auto& id : ids_in(*b)) CHECK(seen.insert(id).second);
    }
    CHECK(seen == std::set<crypto::RecordId>(ids.begin(), ids.end()));
}

TEST_CASE("export with nothing waiting writes nothing", "[batch_writer]") {
    KioskFixture f;
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto written = w.export_to(f.out);
    REQUIRE(written);
    CHECK(written->empty());
    CHECK(testing::files_in(f.out).empty());
}

TEST_CASE("export to a missing directory fails without batching", "[batch_writer]") {
    KioskFixture f;
    f.add_records(2);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto written = w.export_to(f.out / "nope");
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Errc::not_found);
}

TEST_CASE("export removes the temp files a killed export of this kiosk left on the stick",
          "[batch_writer]") {
    KioskFixture f;
    f.add_records(2);
    const std::string mine = kiosk_sync::batch_file_name(f.kiosk.id(), 1);
    const std::string other_kiosk = "0123456789abcdef-000001.skbatch";
    const std::vector<std::string> stale = {mine + ".tmp-0123456789ab", mine + ".tmp-ffffffffffff"};
    const std::vector<std::string> kept = {
        other_kiosk + ".tmp-0123456789ab",  // another kiosk may be exporting right now
        mine + ".tmp-notours",              // not our naming
        mine + ".tmp-0123456789AB",         // not our naming (upper case)
        "notes.txt",
    };
    for (const auto& n : stale) testing::write_all(f.out / n, {1, 2, 3});
    for (const auto& n : kept) testing::write_all(f.out / n, {1, 2, 3});
    auto written = kiosk_sync::BatchWriter(f.store, 20260315).export_to(f.out);
    REQUIRE(written);
    for (const auto& n : stale) CHECK_FALSE(std::filesystem::exists(f.out / n));
    for (const auto& n : kept) CHECK(std::filesystem::exists(f.out / n));
    CHECK(std::filesystem::exists(f.out / mine));
}
