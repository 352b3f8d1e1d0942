// Since kiosk schema 7 the outbox keeps a batch's frame, not its file: a re-export rebuilds
// the file from the records still on the kiosk, and must give the very bytes first exported.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/sync/batch.hpp"
#include "test_access.hpp"

using namespace sk;
using sk::testing::KioskFixture;
using sk::testing::read_all;

TEST_CASE("a waiting batch is kept as a frame and re-exported byte for byte",
          "[batch_writer][rebuild]") {
    KioskFixture f;
    auto ids = f.add_records(9);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto first = w.export_to(f.out);
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    const Bytes exported = read_all(first->front().path);

    // The store holds no copy of the file, only the bytes around the records.
    auto stored = f.store.batch(1);
    REQUIRE(stored);
    CHECK_FALSE(stored->file.has_value());
    REQUIRE(stored->frame_prefix.has_value());
    REQUIRE(stored->frame_suffix.has_value());
    CHECK(stored->frame_prefix->size() + stored->frame_suffix->size() < 200);

    // Records are in the file in the order of their (random) ids.
    auto parsed = sync::verify_batch(exported, f.kiosk.pk);
    REQUIRE(parsed);
    std::vector<crypto::RecordId> in_file;
    for (const auto& r : parsed->records) in_file.push_back(r.id);
    CHECK(std::is_sorted(in_file.begin(), in_file.end()));
    std::sort(ids.begin(), ids.end());
    CHECK(in_file == ids);

    std::filesystem::create_directories(f.tmp / "again");
    auto again = w.export_to(f.tmp / "again");
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    CHECK_FALSE(again->front().created);
    CHECK(read_all(again->front().path) == exported);
}

TEST_CASE("a batch whose stored records changed is not re-exported as a different file",
          "[batch_writer][rebuild]") {
    KioskFixture f;
    auto ids = f.add_records(4);
    kiosk_sync::BatchWriter w(f.store, 20260315);
    auto first = w.export_to(f.out);
    REQUIRE(first);
    const Bytes exported = read_all(first->front().path);

    // One envelope altered on the kiosk's disk (a fault, or tampering).
    auto& db = storage::KioskStoreTestAccess::db(f.store);
    auto up =
        db.prepare("UPDATE sealed_records SET envelope = envelope || X'00' WHERE id = ?", "t");
    REQUIRE(up);
    up->bind(1, ByteView(ids[2]));
    REQUIRE(up->run());

    std::filesystem::create_directories(f.tmp / "again");
    auto again = w.export_to(f.tmp / "again");
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Errc::internal);
    CHECK(again.error().message.find("could not be rebuilt") != std::string::npos);
    CHECK(again.error().message.find('\n') == std::string::npos);
    CHECK(sk::testing::files_in(f.tmp / "again").empty());
    CHECK(read_all(first->front().path) == exported);  // the first stick is untouched
}
