// Export of sealed records as signed, hash-chained batch files (docs/FORMAT.md §6).
//
// A batch is made once: its signed bytes go into the store's outbox together with the
// assignment of its records, in one transaction. Every later export before the bureau's
// ack writes those stored bytes again, so re-exporting gives the same seq and the same
// file (hash), and a record never travels in two different batches. Only records
// submitted since the last export get new batches, chained after the newest one.
//
// On a full kiosk disk (docs/KIOSKCTL.md, "A full disk"): the batches already waiting are
// written first (reading only); a new batch is sized to what the store can still record,
// written to the stick under a temp name, recorded in the store, and only then renamed
// into place. If the store cannot record it, the temp file goes and nothing was exported:
// a file the bureau could import always has its outbox row, so the chain never forks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/batches.hpp"

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
    // Test seam: called with the temp file of each new batch export_to has written to the
    // stick, before the store records the batch.
    using StagedHook = std::function<void(const std::filesystem::path& temp_file)>;
    void set_staged_hook(StagedHook h) { staged_hook_ = std::move(h); }

    // Every batch waiting for its ack, by seq, with its file (read-only: batches nothing).
    Result<std::vector<OutboxBatch>> waiting_batches() { return outbox({}); }

    // Puts every unbatched record into new batches (split at the sync/ limits), then
    // returns every batch not yet acknowledged, by seq, with its file (byte for byte the
    // file first exported).
    Result<std::vector<OutboxBatch>> seal_outbox();

    // Writes every batch waiting for its ack to `dir`, then batches the new records into
    // `dir` (see above). Each file is written atomically (temp, fsync, rename, fsync dir);
    // an existing file of the same name is replaced by identical bytes. Temp files a killed
    // export of this kiosk left in `dir` are removed first. Errc::disk_full when the kiosk
    // disk is too full to record every new batch (the message says what was written).
    Result<std::vector<WrittenBatch>> export_to(const std::filesystem::path& dir);

  private:
    // Every batch not yet acknowledged, by seq (read-only); `created` marks this call's.
    Result<std::vector<OutboxBatch>> outbox(const std::set<uint64_t>& created);
    Result<WrittenBatch> write_one(const std::filesystem::path& dir, const crypto::KeyId& kiosk_id,
                                   const OutboxBatch& b);
    // A new batch: what the store records (its records and the frame around them) and the
    // signed file itself, which only the stick (or the upload) gets.
    struct Built {
        storage::NewBatch nb;
        Bytes file;
        storage::RecordKey last;  // its last record in (day, id) order: where the next starts
    };
    // The next batch from the oldest unbatched records, at most `max_bytes` of envelopes
    // (reads only). No record ids: nothing waits, or not even one record fits.
    Result<Built> build_next(const crypto::SignKeyPair& kiosk, uint64_t max_bytes);
    // A waiting batch's file: stored (batches made before schema 7) or rebuilt from its
    // frame and records, and then checked against the batch's recorded hash.
    Result<Bytes> file_of(storage::Batch& b);
    // Records the batch in the store's outbox, moves the start of the next batch past it,
    // and counts it for the progress callback.
    Result<void> record(const Built& b);
    // Batches the new records into `dir`, file first, as far as the kiosk disk allows.
    Result<void> export_new(const std::filesystem::path& dir, const crypto::SignKeyPair& kiosk,
                            std::vector<WrittenBatch>& written);

    storage::KioskStore& store_;
    uint32_t today_;
    Progress progress_;
    StagedHook staged_hook_;
    uint64_t records_done_ = 0, records_total_ = 0;  // for progress_
    // Where the next batch's records start: past the last record of the batch last recorded
    // in this call (so each call reads every waiting record once, not once per batch). A
    // record stored meanwhile with an earlier (day, id) waits for the next export.
    std::optional<storage::RecordKey> after_;
};

}  // namespace sk::kiosk_sync
