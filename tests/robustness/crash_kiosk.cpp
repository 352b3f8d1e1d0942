#include "crash_kiosk.hpp"

#include <stdexcept>

#include "sk/crypto/init.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"

namespace sk::robustness {

namespace {
// Plaintext sizes drawn across the first two padding buckets, so page usage varies.
constexpr size_t kMinPlaintext = 50;
constexpr size_t kMaxPlaintext = 1800;
constexpr const char* kSurveyId = "staff-workstyle-2026";
constexpr storage::Day kDay = 20260314;
}  // namespace

CrashKiosk::CrashKiosk() : data(tmp.path() / "data") {
    if (!crypto::init()) throw std::runtime_error("sodium init");
    auto s = kiosk_sync::create_kiosk_store(data);
    if (!s) throw std::runtime_error(s.error().message);
    if (!s->set_identity(kiosk.sk)) throw std::runtime_error("set_identity");
    if (!s->set_bureau_public(crypto::encode_bureau_public(bureau.pub)))
        throw std::runtime_error("set_bureau_public");
}

storage::KioskStore CrashKiosk::open() const {
    auto s = kiosk_sync::open_kiosk_store(data);
    if (!s) throw std::runtime_error("reopening after the kill: " + s.error().message);
    return std::move(*s);
}

crypto::RecordId submit_one(storage::KioskStore& store,
                            const std::vector<crypto::SealPublicKey>& recipients,
                            std::mt19937_64& rng) {
    auto id = try_submit(store, recipients, rng);
    if (!id) throw std::runtime_error("submit: " + id.error().message);
    return *id;
}

Result<crypto::RecordId> try_submit(storage::KioskStore& store,
                                    const std::vector<crypto::SealPublicKey>& recipients,
                                    std::mt19937_64& rng) {
    std::uniform_int_distribution<size_t> len(kMinPlaintext, kMaxPlaintext);
    const bool tip = (rng() & 1) != 0;
    const Bytes plaintext(len(rng), tip ? 't' : 'r');
    storage::NewRecord r;
    r.id = crypto::new_record_id();
    r.kind = tip ? crypto::RecordKind::tip : crypto::RecordKind::survey_response;
    r.survey_id = tip ? "" : kSurveyId;
    r.day = kDay;
    auto env = crypto::seal_record(r.kind, r.id, plaintext, recipients);
    if (!env) throw std::runtime_error("seal_record: " + env.error().message);
    r.envelope = std::move(*env);
    SK_TRY(store.insert_record(r));
    return r.id;
}

bool KioskContents::holds(const crypto::RecordId& id) const {
    if (unbatched.count(id) != 0) return true;
    for (const auto& [seq, ids] : batched)
        if (ids.count(id) != 0) return true;
    return false;
}

size_t KioskContents::size() const {
    size_t n = unbatched.size();
    for (const auto& [seq, ids] : batched) n += ids.size();
    return n;
}

KioskContents read_contents(storage::KioskStore& store) {
    KioskContents c;
    auto unbatched = store.unbatched_records();
    if (!unbatched) throw std::runtime_error(unbatched.error().message);
    for (const auto& r : *unbatched) c.unbatched.insert(r.id);
    auto pending = store.pending_batches();
    if (!pending) throw std::runtime_error(pending.error().message);
    for (const auto& b : *pending) {
        auto recs = store.batch_records(b.seq);
        if (!recs) throw std::runtime_error(recs.error().message);
        auto& ids = c.batched[b.seq];
        for (const auto& r : *recs) ids.insert(r.id);
    }
    return c;
}

std::set<crypto::RecordId> ack_all(storage::KioskStore& store) {
    const KioskContents c = read_contents(store);
    auto pending = store.pending_batches();
    if (!pending) throw std::runtime_error(pending.error().message);
    std::vector<storage::AckedBatch> acked;
    std::set<crypto::RecordId> delivered;
    for (const auto& b : *pending) {
        acked.push_back({b.seq, b.hash, b.record_count});
        delivered.insert(c.batched.at(b.seq).begin(), c.batched.at(b.seq).end());
    }
    if (acked.empty()) return delivered;
    const crypto::RecordId nonce = crypto::new_record_id();  // a fresh ack identity
    auto outcome = store.apply_ack(crypto::hash(nonce), acked);
    if (!outcome) throw std::runtime_error("apply_ack: " + outcome.error().message);
    if (outcome->batches_acked != acked.size()) throw std::runtime_error("ack applied partly");
    return delivered;
}

std::set<crypto::RecordId> deliver_all(storage::KioskStore& store) {
    kiosk_sync::BatchWriter w(store, kDay);
    auto outbox = w.seal_outbox();
    if (!outbox) throw std::runtime_error("seal_outbox: " + outbox.error().message);
    return ack_all(store);
}

}  // namespace sk::robustness
