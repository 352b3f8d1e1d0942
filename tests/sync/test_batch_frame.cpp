// A batch file split around its records and put back together (sync/batch_frame.hpp): what
// lets a kiosk keep a batch's frame instead of a second copy of the file.
#include <catch2/catch.hpp>

#include "sk/sync/batch.hpp"
#include "sk/sync/batch_frame.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

TEST_CASE("a batch's frame and its records rebuild the identical file", "[sync][batch][frame]") {
    auto kiosk = kiosk_a();
    std::vector<Bytes> envs = {envelope(1), envelope(2, crypto::RecordKind::survey_response),
                               envelope(3)};
    auto file = build_batch_in_order(header(1), views(envs), kiosk);
    REQUIRE(file.ok());
    auto frame = split_batch_frame(*file, views(envs));
    REQUIRE(frame.ok());
    // Only the container head, the batch header and the signature are kept.
    CHECK(frame->prefix.size() == kBatchContainerBytes - 64 + kBatchHeaderBytes);
    CHECK(frame->suffix.size() == 64);
    CHECK(assemble_batch(*frame, views(envs)) == *file);
    // The rebuilt file is a valid batch: same hash, same signature.
    auto b = verify_batch(assemble_batch(*frame, views(envs)), kiosk.pk);
    REQUIRE(b.ok());
    CHECK(b->hash == batch_hash(*file));
}

TEST_CASE("a frame is refused for records that are not the file's, and a wrong rebuild differs",
          "[sync][batch][frame]") {
    auto kiosk = kiosk_a();
    std::vector<Bytes> envs = {envelope(1), envelope(2), envelope(3)};
    auto file = build_batch_in_order(header(1), views(envs), kiosk);
    REQUIRE(file.ok());

    std::vector<Bytes> swapped = {envs[1], envs[0], envs[2]};
    auto bad_order = split_batch_frame(*file, views(swapped));
    REQUIRE_FALSE(bad_order.ok());
    CHECK(bad_order.error().code == Errc::invalid_argument);

    std::vector<Bytes> fewer = {envs[0], envs[1]};
    CHECK(split_batch_frame(*file, views(fewer)).error().code == Errc::invalid_argument);

    std::vector<Bytes> changed = envs;
    changed[2].back() ^= 1;
    CHECK_FALSE(split_batch_frame(*file, views(changed)).ok());

    // Rebuilt in another order the bytes (and so the hash the kiosk checks) differ.
    auto frame = split_batch_frame(*file, views(envs));
    REQUIRE(frame.ok());
    const Bytes other = assemble_batch(*frame, views(swapped));
    CHECK(other.size() == file->size());
    CHECK(batch_hash(other) != batch_hash(*file));
    CHECK_FALSE(verify_batch(other, kiosk.pk).ok());
}
