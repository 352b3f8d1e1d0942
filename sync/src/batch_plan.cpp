#include "sk/sync/batch_plan.hpp"

#include <string>

#include "sk/sync/batch.hpp"

namespace sk::sync {

Result<std::vector<BatchSlice>> plan_batches(const std::vector<size_t>& envelope_sizes) {
    const size_t empty_file = batch_file_size({});
    std::vector<BatchSlice> out;
    BatchSlice cur;
    size_t cur_bytes = empty_file;
    for (size_t i = 0; i < envelope_sizes.size(); ++i) {
        const size_t s = envelope_sizes[i];
        // Compared by subtraction so a huge size cannot wrap the sum.
        if (s > kMaxBatchFileBytes - empty_file - kBatchRecordLengthBytes)
            return Error{Errc::invalid_argument, "envelope " + std::to_string(i) + " (" +
                                                     std::to_string(s) +
                                                     " bytes) cannot fit in any batch"};
        const size_t need = kBatchRecordLengthBytes + s;
        if (cur.count == kMaxBatchRecords || need > kMaxBatchFileBytes - cur_bytes) {
            out.push_back(cur);
            cur = BatchSlice{i, 0};
            cur_bytes = empty_file;
        }
        cur.count += 1;
        cur_bytes += need;
    }
    if (cur.count > 0) out.push_back(cur);
    return out;
}

}  // namespace sk::sync
