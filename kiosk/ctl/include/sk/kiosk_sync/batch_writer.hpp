// Export of sealed records as signed, hash-chained batch files (docs/FORMAT.md §6).
//
// A batch is made once: its signed bytes go into the store's outbox together with the
// assignment of its records, in one transaction. Every later export before the bureau's
// ack writes those stored bytes again, so re-exporting gives the same seq and the same
// file (hash), and a record never travels in two different batches. Only records
// submitted since the last export get new batches, chained after the newest one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

struct OutboxBatch {
    uint64_t seq = 0;
    uint64_t records = 0;
    bool created = false;  // made by this call (else an earlier batch not yet acknowledged)
    Bytes file;            // the signed batch file
};

struct WrittenBatch {
    uint64_t seq = 0;
    uint64_t records = 0;
    size_t bytes = 0;
    bool created = false;
    std::filesystem::path path;
};

// "<kiosk id hex>-<seq, 6 digits>.skbatch" (more digits once seq passes 999999).
std::string batch_file_name(const crypto::KeyId& kiosk, uint64_t seq);

class BatchWriter {
  public:
    // Progress callback: (records batched so far, records to batch). Counts only.
    using Progress = std::function<void(uint64_t done, uint64_t total)>;

    // `today` is the batch header day (YYYYMMDD, kiosk local date).
    BatchWriter(storage::KioskStore& store, uint32_t today);
    void set_progress(Progress p) { progress_ = std::move(p); }

    // Puts every unbatched record into new batches (split at the sync/ limits), then
    // returns every batch not yet acknowledged, by seq, with its stored bytes.
    Result<std::vector<OutboxBatch>> seal_outbox();

    // seal_outbox(), then writes each batch to `dir` atomically (temp, fsync, rename,
    // fsync dir). An existing file of the same name is replaced by identical bytes. Temp
    // files a killed export of this kiosk left in `dir` are removed first.
    Result<std::vector<WrittenBatch>> export_to(const std::filesystem::path& dir);

  private:
    // Every batch not yet acknowledged, by seq (read-only); `created` marks this call's.
    Result<std::vector<OutboxBatch>> outbox(const std::set<uint64_t>& created);
    Result<WrittenBatch> write_one(const std::filesystem::path& dir, const crypto::KeyId& kiosk_id,
                                   const OutboxBatch& b);
    Result<uint64_t> seal_one(const crypto::SignKeyPair& kiosk, uint64_t& records_done,
                              uint64_t total);

    storage::KioskStore& store_;
    uint32_t today_;
    Progress progress_;
};

}  // namespace sk::kiosk_sync
