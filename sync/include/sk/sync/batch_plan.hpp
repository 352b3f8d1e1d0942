// Splitting an export into batches that respect the per-batch limits (docs/FORMAT.md §6):
// at most kMaxBatchRecords records and kMaxBatchFileBytes bytes per signed file.
#pragma once

#include <cstddef>
#include <vector>

#include "sk/result.hpp"

namespace sk::sync {

// Records [first, first + count) of the caller's list go into one batch.
struct BatchSlice {
    size_t first = 0;
    size_t count = 0;
    bool operator==(const BatchSlice& o) const { return first == o.first && count == o.count; }
};

// Greedy split, in the given order, of envelopes with these sizes. Each slice is as full
// as the limits allow; an empty input gives no slices. Errc::invalid_argument if a single
// envelope cannot fit in a batch on its own (cannot happen with §3 envelopes, whose
// maximum is far below the limit, but the writer must not loop or overflow if it does).
Result<std::vector<BatchSlice>> plan_batches(const std::vector<size_t>& envelope_sizes);

}  // namespace sk::sync
