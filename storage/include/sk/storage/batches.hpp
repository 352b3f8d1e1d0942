// Outbox batches: hash-chained groups of sealed records taken to the bureau on USB, and the
// acknowledgements that let the kiosk delete them. Formats: docs/FORMAT.md (sync/).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/storage/records.hpp"

namespace sk::storage {

// The end of the chain: the next batch has seq + 1 and prev_hash == hash.
// Before the first batch: seq 0 and an all-zero hash.
struct ChainHead {
    uint64_t seq = 0;
    crypto::Hash hash{};
};

struct NewBatch {
    uint64_t seq = 0;  // must be ChainHead::seq + 1
    crypto::Hash hash{};
    crypto::Hash prev_hash{};          // must equal ChainHead::hash
    Day day = 0;                       // day the batch was made
    std::vector<RecordId> record_ids;  // each must exist and be unbatched
    // What is kept for a re-export: the whole batch file, or (if `file` is empty) the frame
    // around its records (sync/batch_frame.hpp), from which the caller rebuilds the file.
    std::optional<Bytes> file;
    std::optional<Bytes> frame_prefix, frame_suffix;  // both or neither
};

struct Batch {
    uint64_t seq = 0;
    crypto::Hash hash{};
    crypto::Hash prev_hash{};
    Day day = 0;
    uint64_t record_count = 0;
    int64_t created_at = 0;                           // unix seconds
    std::optional<int64_t> acked_at;                  // unix seconds, once acknowledged
    std::optional<Bytes> file;                        // dropped on ack
    std::optional<Bytes> frame_prefix, frame_suffix;  // instead of file; dropped on ack
};

// One entry of a verified ack file (docs/FORMAT.md §7): the bureau imported batch `seq`,
// whose hash it computed as `batch_hash`, with `records` records.
struct AckedBatch {
    uint64_t seq = 0;
    crypto::Hash batch_hash{};
    uint64_t records = 0;
};

struct AckInfo {
    crypto::Hash ack_hash{};  // hash of the ack file (its identity)
    uint64_t seq_covered = 0;
    int64_t received_at = 0;
};

struct AckOutcome {
    uint64_t batches_acked = 0;  // 0 if the ack had been imported before
    uint64_t records_deleted = 0;
};

}  // namespace sk::storage
