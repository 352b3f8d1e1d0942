// Splitting an export into batches within the record and byte limits.
#include <catch2/catch.hpp>

#include "sk/sync/batch.hpp"
#include "sk/sync/batch_plan.hpp"

using namespace sk;
using namespace sk::sync;

namespace {
// Every slice is contiguous, covers the input exactly once, and respects both limits.
void check_plan(const std::vector<size_t>& sizes, const std::vector<BatchSlice>& plan) {
    size_t next = 0;
    for (const auto& s : plan) {
        CHECK(s.first == next);
        CHECK(s.count >= 1);
        CHECK(s.count <= kMaxBatchRecords);
        std::vector<size_t> part(sizes.begin() + static_cast<long>(s.first),
                                 sizes.begin() + static_cast<long>(s.first + s.count));
        CHECK(batch_file_size(part) <= kMaxBatchFileBytes);
        next += s.count;
    }
    CHECK(next == sizes.size());
}
}  // namespace

TEST_CASE("plan_batches: nothing to export gives no batches", "[sync][plan]") {
    auto p = plan_batches({});
    REQUIRE(p.ok());
    CHECK(p->empty());
}

TEST_CASE("plan_batches: small export fits one batch", "[sync][plan]") {
    std::vector<size_t> sizes(10, 700);
    auto p = plan_batches(sizes);
    REQUIRE(p.ok());
    REQUIRE(p->size() == 1);
    CHECK((*p)[0] == BatchSlice{0, 10});
}

TEST_CASE("plan_batches: splits at the record limit", "[sync][plan]") {
    std::vector<size_t> sizes(2 * kMaxBatchRecords + 1, 659);
    auto p = plan_batches(sizes);
    REQUIRE(p.ok());
    REQUIRE(p->size() == 3);
    CHECK((*p)[0] == BatchSlice{0, kMaxBatchRecords});
    CHECK((*p)[1] == BatchSlice{kMaxBatchRecords, kMaxBatchRecords});
    CHECK((*p)[2] == BatchSlice{2 * kMaxBatchRecords, 1});
    check_plan(sizes, *p);
}

TEST_CASE("plan_batches: splits at the byte limit", "[sync][plan]") {
    // 32 KiB-bucket envelopes: ~510 fit in 16 MiB, well under the record limit.
    std::vector<size_t> sizes(1200, 33000);
    auto p = plan_batches(sizes);
    REQUIRE(p.ok());
    REQUIRE(p->size() == 3);
    check_plan(sizes, *p);
    // Greedy: the first batch could not take one more envelope.
    std::vector<size_t> first(sizes.begin(), sizes.begin() + static_cast<long>((*p)[0].count + 1));
    CHECK(batch_file_size(first) > kMaxBatchFileBytes);
}

TEST_CASE("plan_batches: exact fit at the byte limit stays in one batch", "[sync][plan]") {
    const size_t room = kMaxBatchFileBytes - batch_file_size({}) - 2 * kBatchRecordLengthBytes;
    std::vector<size_t> sizes = {room / 2, room - room / 2};
    REQUIRE(batch_file_size(sizes) == kMaxBatchFileBytes);
    auto p = plan_batches(sizes);
    REQUIRE(p.ok());
    CHECK(p->size() == 1);
    sizes[1] += 1;
    auto q = plan_batches(sizes);
    REQUIRE(q.ok());
    CHECK(q->size() == 2);
}

TEST_CASE("plan_batches: an envelope too large for any batch is refused", "[sync][plan]") {
    auto p = plan_batches({700, kMaxBatchFileBytes});
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().code == Errc::invalid_argument);
    CHECK_FALSE(plan_batches({SIZE_MAX}).ok());
}
