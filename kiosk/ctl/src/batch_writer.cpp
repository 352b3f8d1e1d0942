#include "sk/kiosk_sync/batch_writer.hpp"

#include <cstdio>
#include <set>

#include "sk/crypto/keys.hpp"
#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/batch.hpp"
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

// Makes one batch from the oldest unbatched records (at most one batch's worth is read, so
// memory stays bounded however many records wait). Returns how many records it took.
Result<uint64_t> BatchWriter::seal_one(const crypto::SignKeyPair& kiosk, uint64_t& records_done,
                                       uint64_t total) {
    auto records = store_.unbatched_records(sync::kMaxBatchRecords);
    if (!records) return records.error();
    if (records->empty()) return uint64_t{0};

    std::vector<size_t> sizes;
    sizes.reserve(records->size());
    for (const auto& r : *records) sizes.push_back(r.envelope.size());
    auto plan = sync::plan_batches(sizes);
    if (!plan) return plan.error();
    const sync::BatchSlice slice = plan->front();

    auto head = store_.chain_head();
    if (!head) return head.error();
    sync::BatchHeader header;
    header.seq = head->seq + 1;
    header.prev_hash = head->hash;
    header.day = today_;

    std::vector<ByteView> envelopes;
    storage::NewBatch nb;
    envelopes.reserve(slice.count);
    nb.record_ids.reserve(slice.count);
    for (size_t i = slice.first; i < slice.first + slice.count; ++i) {
        envelopes.emplace_back((*records)[i].envelope);
        nb.record_ids.push_back((*records)[i].id);
    }
    // build_batch shuffles with crypto randomness: file order says nothing about time.
    auto file = sync::build_batch(header, std::move(envelopes), kiosk);
    if (!file) return file.error();

    nb.seq = header.seq;
    nb.prev_hash = header.prev_hash;
    nb.hash = sync::batch_hash(*file);
    nb.day = today_;
    nb.file = std::move(*file);
    SK_TRY(store_.assign_batch(nb));
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::batch_created,
                           int64_t(nb.seq));
    records_done += slice.count;
    if (progress_) progress_(records_done, total);
    return uint64_t(slice.count);
}

Result<std::vector<OutboxBatch>> BatchWriter::outbox(const std::set<uint64_t>& created) {
    auto pending = store_.pending_batches();
    if (!pending) return pending.error();
    std::vector<OutboxBatch> out;
    out.reserve(pending->size());
    for (auto& b : *pending) {
        if (!b.file) {
            // Rebuilding would shuffle and sign anew: a different hash, a broken chain.
            return Error{Errc::internal, "outbox batch " + std::to_string(b.seq) +
                                             " has no stored file; cannot re-export it"};
        }
        OutboxBatch ob;
        ob.seq = b.seq;
        ob.records = b.record_count;
        ob.created = created.count(b.seq) > 0;
        ob.file = std::move(*b.file);
        out.push_back(std::move(ob));
    }
    return out;
}

Result<std::vector<OutboxBatch>> BatchWriter::seal_outbox() {
    auto counts = store_.counts();
    if (!counts) return counts.error();
    const uint64_t total = counts->unbatched;

    std::set<uint64_t> created;
    if (total > 0) {
        auto kiosk = load_kiosk_identity(store_);
        if (!kiosk) return kiosk.error();
        uint64_t done = 0;
        for (;;) {
            auto head_before = store_.chain_head();
            if (!head_before) return head_before.error();
            auto n = seal_one(*kiosk, done, total);
            if (!n) return n.error();
            if (*n == 0) break;
            created.insert(head_before->seq + 1);
        }
    }
    return outbox(created);
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

    std::vector<WrittenBatch> written;
    std::set<uint64_t> done;
    auto write_all = [&](const std::vector<OutboxBatch>& batches) -> Result<void> {
        for (const auto& b : batches) {
            if (!done.insert(b.seq).second) continue;
            auto w = write_one(dir, kiosk_id, b);
            if (!w) return w.error();
            written.push_back(std::move(*w));
        }
        return ok();
    };
    // Read-only work first: the batches already waiting for their ack go to the stick even
    // when the store cannot be written (full disk), since their ack is what frees it.
    auto waiting = outbox({});
    if (!waiting) return waiting.error();
    SK_TRY(write_all(*waiting));
    auto sealed = seal_outbox();
    if (!sealed) {
        if (written.empty()) return sealed.error();
        return Error{sealed.error().code,
                     sealed.error().message + "; the " + std::to_string(written.size()) +
                         " batch(es) already waiting for their ack were written to " +
                         dir.string() + ", newer records were not batched"};
    }
    SK_TRY(write_all(*sealed));
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
