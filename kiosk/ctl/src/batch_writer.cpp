#include "sk/kiosk_sync/batch_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>

#include "sk/crypto/keys.hpp"
#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/batch.hpp"
#include "sk/sync/batch_frame.hpp"
#include "sk/sync/batch_plan.hpp"

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

std::string batch_file_name(const crypto::KeyId& kiosk, uint64_t seq) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%06llu", static_cast<unsigned long long>(seq));
    return kiosk_id_hex(kiosk) + "-" + digits + ".skbatch";
}

BatchWriter::BatchWriter(storage::KioskStore& store, uint32_t today)
    : store_(store), today_(today) {}

// At most one batch's worth is read, so memory stays bounded however many records wait.
Result<BatchWriter::Built> BatchWriter::build_next(const crypto::SignKeyPair& kiosk,
                                                   uint64_t max_bytes) {
    Built out;
    storage::NewBatch& nb = out.nb;
    auto records = store_.unbatched_records(sync::kMaxBatchRecords, after_ ? &*after_ : nullptr);
    if (!records) return records.error();
    // Oldest first, as many as fit in max_bytes (a nearly full disk, see export_new).
    uint64_t bytes = 0;
    size_t fit = 0;
    while (fit < records->size() && bytes + (*records)[fit].envelope.size() <= max_bytes)
        bytes += (*records)[fit++].envelope.size();
    if (fit == 0) return out;

    std::vector<size_t> sizes;
    sizes.reserve(fit);
    for (size_t i = 0; i < fit; ++i) sizes.push_back((*records)[i].envelope.size());
    auto plan = sync::plan_batches(sizes);
    if (!plan) return plan.error();
    const sync::BatchSlice slice = plan->front();

    auto head = store_.chain_head();
    if (!head) return head.error();
    sync::BatchHeader header;
    header.seq = head->seq + 1;
    header.prev_hash = head->hash;
    header.day = today_;

    // File order is record id order. Ids are random (FORMAT.md §3), so the order says
    // nothing about when records were submitted, and the store can hand the same records
    // back in the same order (KioskStore::batch_records) to rebuild the file.
    std::vector<const storage::StoredRecord*> in_file;
    in_file.reserve(slice.count);
    for (size_t i = slice.first; i < slice.first + slice.count; ++i)
        in_file.push_back(&(*records)[i]);
    std::sort(in_file.begin(), in_file.end(),
              [](const auto* a, const auto* b) { return a->id < b->id; });
    std::vector<ByteView> envelopes;
    envelopes.reserve(in_file.size());
    nb.record_ids.reserve(in_file.size());
    for (const auto* r : in_file) {
        envelopes.emplace_back(r->envelope);
        nb.record_ids.push_back(r->id);
    }
    auto file = sync::build_batch_in_order(header, envelopes, kiosk);
    if (!file) return file.error();
    auto frame = sync::split_batch_frame(*file, envelopes);
    if (!frame) return frame.error();

    // Records came in (day, id) order: the slice's last one is where the next batch starts.
    const storage::StoredRecord& last = (*records)[slice.first + slice.count - 1];
    out.last = storage::RecordKey{last.day, last.id};
    nb.seq = header.seq;
    nb.prev_hash = header.prev_hash;
    nb.hash = sync::batch_hash(*file);
    nb.day = today_;
    nb.frame_prefix = std::move(frame->prefix);
    nb.frame_suffix = std::move(frame->suffix);
    out.file = std::move(*file);
    return out;
}

Result<Bytes> BatchWriter::file_of(storage::Batch& b) {
    if (b.file) return std::move(*b.file);
    const std::string name = "outbox batch " + std::to_string(b.seq);
    if (!b.frame_prefix || !b.frame_suffix) {
        return Error{Errc::internal, name + " has no stored file; cannot re-export it"};
    }
    auto records = store_.batch_records(b.seq);
    if (!records) return records.error();
    std::vector<ByteView> envelopes;
    envelopes.reserve(records->size());
    for (const auto& r : *records) envelopes.emplace_back(r.envelope);
    Bytes file = sync::assemble_batch(
        sync::BatchFrame{std::move(*b.frame_prefix), std::move(*b.frame_suffix)}, envelopes);
    // Never hand out a file other than the one exported: the bureau would see a fork.
    if (records->size() != b.record_count || sync::batch_hash(file) != b.hash) {
        return Error{Errc::internal, name + " could not be rebuilt from its " +
                                         std::to_string(records->size()) +
                                         " stored record(s) (hash differs); not re-exported"};
    }
    return file;
}

Result<void> BatchWriter::record(const Built& b) {
    SK_TRY(store_.assign_batch(b.nb));
    after_ = b.last;
    records_done_ += b.nb.record_ids.size();
    if (progress_) progress_(records_done_, records_total_);
    return ok();
}

Result<std::vector<OutboxBatch>> BatchWriter::outbox(const std::set<uint64_t>& created) {
    auto pending = store_.pending_batches();
    if (!pending) return pending.error();
    std::vector<OutboxBatch> out;
    out.reserve(pending->size());
    for (auto& b : *pending) {
        auto file = file_of(b);
        if (!file) return file.error();
        OutboxBatch ob;
        ob.seq = b.seq;
        ob.records = b.record_count;
        ob.created = created.count(b.seq) > 0;
        ob.file = std::move(*file);
        out.push_back(std::move(ob));
    }
    return out;
}

Result<std::vector<OutboxBatch>> BatchWriter::seal_outbox() {
    auto counts = store_.counts();
    if (!counts) return counts.error();
    records_done_ = 0;
    records_total_ = counts->unbatched;
    after_.reset();

    std::set<uint64_t> created;
    if (records_total_ > 0) {
        auto kiosk = load_kiosk_identity(store_);
        if (!kiosk) return kiosk.error();
        for (;;) {
            auto built = build_next(*kiosk, UINT64_MAX);
            if (!built) return built.error();
            if (built->nb.record_ids.empty()) break;
            SK_TRY(record(*built));
            created.insert(built->nb.seq);
        }
    }
    return outbox(created);
}

Result<void> BatchWriter::export_new(const fs::path& dir, const crypto::SignKeyPair& kiosk,
                                     std::vector<WrittenBatch>& written) {
    auto counts = store_.counts();
    if (!counts) return counts.error();
    records_done_ = 0;
    records_total_ = counts->unbatched;
    after_.reset();
    if (records_total_ == 0) return ok();
    // What the store can still record on this disk (huge unless it is nearly full).
    auto budget = store_.batch_bytes_that_fit();
    if (!budget) return budget.error();
    const crypto::KeyId kiosk_id = kiosk.id();
    for (;;) {
        auto built = build_next(kiosk, *budget);
        if (!built) return built.error();
        const storage::NewBatch* nb = &built->nb;
        const Bytes& file = built->file;
        if (nb->record_ids.empty()) {
            const uint64_t left = records_total_ - records_done_;
            if (left == 0) return ok();
            return Error{Errc::disk_full,
                         std::to_string(left) +
                             " new record(s) not batched: the kiosk disk is too full to record "
                             "another batch; import the bureau's ack or free disk space, then "
                             "export again"};
        }
        // The file first (the stick has room), under its temp name until the store has
        // recorded the batch: an importable file always has its outbox row.
        const fs::path path = dir / batch_file_name(kiosk_id, nb->seq);
        auto staged = StagedFile::stage(path, file);
        if (!staged) return staged.error();
        if (staged_hook_) staged_hook_(staged->temp_path());
        if (auto r = record(*built); !r) {
            // ~StagedFile removes the temp file: nothing of this batch left the kiosk.
            return Error{r.error().code, r.error().message + "; batch " + std::to_string(nb->seq) +
                                             " was not recorded, its " +
                                             std::to_string(nb->record_ids.size()) +
                                             " record(s) stay on the kiosk unbatched"};
        }
        // A failure from here on leaves the batch in the outbox: the next export rewrites it.
        SK_TRY(staged->commit());
        (void)store_.log_event(storage::EventLevel::info, storage::EventCode::batch_exported,
                               int64_t(nb->seq));
        WrittenBatch w;
        w.seq = nb->seq;
        w.records = nb->record_ids.size();
        w.bytes = file.size();
        w.created = true;
        w.path = path;
        written.push_back(std::move(w));
        *budget -= std::min<uint64_t>(*budget, file.size());
    }
}

Result<std::vector<WrittenBatch>> BatchWriter::export_to(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return Error{Errc::not_found, "export directory does not exist: " + dir.string()};
    auto kiosk = load_kiosk_identity(store_);
    if (!kiosk) return kiosk.error();
    const crypto::KeyId kiosk_id = kiosk->id();
    // Only this kiosk's batch temp files ("<kiosk id>-<seq>.skbatch.tmp-<hex>"): another
    // kiosk may be exporting to the same stick.
    (void)remove_stale_temp_files(dir, kiosk_id_hex(kiosk_id) + "-");

    // Read-only work first: the batches already waiting for their ack go to the stick even
    // when the store cannot be written (full disk), since their ack is what frees it.
    auto waiting = outbox({});
    if (!waiting) return waiting.error();
    std::vector<WrittenBatch> written;
    for (const auto& b : *waiting) {
        auto w = write_one(dir, kiosk_id, b);
        if (!w) return w.error();
        written.push_back(std::move(*w));
    }
    if (auto r = export_new(dir, *kiosk, written); !r) {
        if (written.empty()) return r.error();
        return Error{r.error().code, r.error().message + " (" + std::to_string(written.size()) +
                                         " batch(es) were written to " + dir.string() + ")"};
    }
    return written;
}

Result<WrittenBatch> BatchWriter::write_one(const fs::path& dir, const crypto::KeyId& kiosk_id,
                                            const OutboxBatch& b) {
    WrittenBatch w;
    w.seq = b.seq;
    w.records = b.records;
    w.bytes = b.file.size();
    w.created = b.created;
    w.path = dir / batch_file_name(kiosk_id, b.seq);
    if (auto r = write_file_atomic(w.path, b.file); !r) {
        (void)store_.log_event(storage::EventLevel::error, storage::EventCode::export_failed,
                               int64_t(b.seq));
        return r.error();
    }
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::batch_exported,
                           int64_t(b.seq));
    return w;
}

}  // namespace sk::kiosk_sync
