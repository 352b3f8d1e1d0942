// Applying a bureau acknowledgement: the only path by which sealed records leave the kiosk
// for good, so everything is checked before anything is deleted.
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/ack.hpp"

namespace sk::kiosk_sync {

FileOutcome BureauFileImporter::import_ack(const std::string& name, ByteView file) {
    auto bureau = load_bureau_keys(store_);
    if (!bureau) return refuse(name, bureau.error().message);
    auto me = load_kiosk_identity(store_);
    if (!me) return refuse(name, me.error().message);
    const crypto::KeyId my_id = me->id();

    auto ack = sync::verify_ack(file, bureau->sign_pk, my_id);
    // After re-provisioning, acks for batches signed with a previous identity may still
    // name that identity (the bureau acked before it registered the new key): ADR 0005.
    if (!ack && ack.error().code == Errc::wrong_key) {
        for (const auto& prev : previous_kiosk_ids(store_)) {
            auto again = sync::verify_ack(file, bureau->sign_pk, prev);
            if (again) {
                ack = std::move(again);
                break;
            }
        }
    }
    if (!ack && ack.error().code == Errc::wrong_key) {
        // A genuine ack for another kiosk (one stick carries several schools' acks): not
        // ours to apply and nothing wrong with it. A forged one is still refused below.
        if (auto other = sync::verify_ack_any_kiosk(file, bureau->sign_pk)) {
            FileOutcome out;
            out.file = name;
            out.action = ImportAction::ignored;
            out.message = "an ack for kiosk " + to_hex(other->kiosk) + ", not this one: skipped";
            return out;
        }
    }
    if (!ack) return refuse(name, "ack refused: " + ack.error().message);

    const crypto::Hash ack_hash = crypto::hash(file);
    FileOutcome out;
    out.file = name;
    out.action = ImportAction::ack_applied;
    if (auto seen = store_.has_ack(ack_hash); seen && *seen) {
        out.message = "ack already applied: nothing to do";
        return out;
    }

    // Every entry must describe a batch this kiosk made, byte for byte (hash) and record
    // count: a signed ack that disagrees with the outbox means a fork or a bureau bug, and
    // deleting on it could lose tips the bureau never received. The store checks the same
    // again inside its transaction; checking here first gives the operator a precise reason.
    std::vector<storage::AckedBatch> entries;
    for (const auto& e : ack->batches) {
        auto b = store_.batch(e.seq);
        if (!b) {
            if (b.error().code == Errc::not_found)
                return refuse(name, "ack refused: it names batch " + std::to_string(e.seq) +
                                        ", which this kiosk never made");
            return refuse(name, b.error().message);
        }
        if (b->hash != e.hash)
            return refuse(name, "ack refused: batch " + std::to_string(e.seq) +
                                    " hash differs from the batch this kiosk exported");
        if (b->record_count != e.records)
            return refuse(name, "ack refused: batch " + std::to_string(e.seq) + " had " +
                                    std::to_string(b->record_count) + " records, ack says " +
                                    std::to_string(e.records));
        entries.push_back({e.seq, e.hash, e.records});
    }

    // One transaction for the whole ack: all its batches are purged, or none.
    auto r = store_.apply_ack(ack_hash, entries);
    if (!r) return refuse(name, "ack refused: " + r.error().message);
    out.batches_acked = r->batches_acked;
    out.records_deleted = r->records_deleted;
    if (out.batches_acked == 0) {
        out.message = "ack covers only batches already acknowledged: nothing to do";
        return out;
    }
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::ack_imported,
                           int64_t(out.records_deleted));
    out.message = "ack applied: " + std::to_string(out.batches_acked) + " batch(es), " +
                  std::to_string(out.records_deleted) + " record(s) deleted";
    return out;
}

}  // namespace sk::kiosk_sync
