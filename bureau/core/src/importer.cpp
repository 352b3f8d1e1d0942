#include "sk/bureau/importer.hpp"

#include "importer_prepared.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/parallel.hpp"
#include "sk/bureau/record_opener.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/kiosk_revocations.hpp"

namespace sk::bureau {

const char* batch_result_name(BatchResult r) {
    switch (r) {
        case BatchResult::imported:
            return "imported";
        case BatchResult::duplicate:
            return "duplicate";
        case BatchResult::rejected:
            return "rejected";
    }
    return "?";
}

Importer::Importer(storage::BureauStore& store, ImportOptions opt)
    : store_(store), opt_(std::move(opt)) {
    if (opt_.threads == 0) opt_.threads = default_threads();
}

Importer::~Importer() = default;

namespace {

store::AuditEvent import_event(const std::string& now, const std::string& user,
                               const BatchOutcome& o, const storage::StoredBatchOutcome& stored) {
    store::AuditEvent e;
    e.at = now;
    e.user = user;
    e.action = "import";
    e.object_kind = "batch";
    e.object_id = (!o.kiosk_name.empty() ? o.kiosk_name
                   : o.kiosk             ? to_hex(*o.kiosk)
                                         : std::string("?")) +
                  " #" + std::to_string(o.seq);
    e.after = std::to_string(stored.records_new) + " new records, " +
              std::to_string(stored.new_cases.size()) + " new cases";
    return e;
}

}  // namespace

Result<std::unique_ptr<Importer>> Importer::create_for(Session& s, ImportOptions opt) {
    SK_TRY(authorize(s.actor, Permission::import_batches));
    opt.user = s.actor.user;
    return create(s.store, s.keys, std::move(opt));
}

Result<std::unique_ptr<Importer>> Importer::create(storage::BureauStore& store,
                                                   const crypto::BureauSecretKeys& keys,
                                                   ImportOptions opt) {
    std::unique_ptr<Importer> im(new Importer(store, std::move(opt)));
    im->seal_ = crypto::bureau_seal_pair(keys);
    im->sign_pk_ = keys.pub.sign_pk;
    auto retired = store.retired_seal_keys();
    if (!retired) return retired.error();
    im->retired_ = std::move(retired.value());
    SK_TRY(im->reload_kiosks());
    return im;
}

Result<void> Importer::reload_kiosks() {
    auto list = store_.list_kiosks();
    if (!list) return list.error();
    auto revoked = store::kiosk_revocations(store_);
    if (!revoked) return revoked.error();
    revoked_.clear();
    for (const auto& [row, r] : revoked.value()) revoked_[row] = r.revoked_at;
    for (const auto& k : list.value()) {
        if (kiosks_.count(k.key_id) != 0) continue;
        // The chain state is every batch imported from the kiosk (72 bytes each).
        auto batches = store_.batches_of(k.id);
        if (!batches) return batches.error();
        sync::KioskChainState st;
        for (const auto& b : batches.value()) st.imported[b.seq] = {b.hash, b.prev_hash};
        chains_[k.id] = std::move(st);
        kiosks_[k.key_id] = k;
    }
    // Keys of re-provisioned kiosks: their batches continue the same row's chain (ADR 0005).
    auto previous = store_.previous_kiosk_keys();
    if (!previous) return previous.error();
    for (const auto& k : previous.value()) kiosks_.emplace(k.key_id, k);
    return ok();
}

std::string Importer::now() const {
    return opt_.now.empty() ? now_rfc3339() : opt_.now;
}

namespace {
Importer::Prepared rejected(Importer::Prepared p, const Error& e) {
    p.outcome.result = BatchResult::rejected;
    p.outcome.code = e.code;
    p.outcome.reason = e.message;
    return p;
}
}  // namespace

// No store access here: this runs on a worker thread while the previous batch is stored.
Importer::Prepared Importer::prepare(ByteView file, const std::string& source,
                                     const std::set<crypto::Hash>* known) const {
    Prepared p;
    p.outcome.source = source;
    auto parsed = sync::parse_batch(file);
    if (!parsed) return rejected(std::move(p), parsed.error());
    p.outcome.kiosk = parsed->kiosk;
    p.outcome.seq = parsed->header.seq;
    p.outcome.hash = parsed->hash;
    p.outcome.records = parsed->records.size();
    auto k = kiosks_.find(parsed->kiosk);
    if (k == kiosks_.end()) {
        return rejected(std::move(p),
                        {Errc::wrong_key, "signed by kiosk " + to_hex(parsed->kiosk) +
                                              ", which is not registered here (bureau kiosk add)"});
    }
    p.outcome.kiosk_name = k->second.name;
    p.outcome.kiosk_row = k->second.id;
    // Any key of a revoked kiosk (also an earlier one) is refused.
    if (auto r = revoked_.find(k->second.id); r != revoked_.end()) {
        return rejected(std::move(p), {Errc::wrong_key, "kiosk \"" + k->second.name +
                                                            "\" was revoked at " + r->second});
    }
    // The file is parsed once, above; only its signature is left to check.
    auto verified = sync::verify_batch_signature(file, k->second.pk);
    if (!verified) return rejected(std::move(p), verified.error());
    p.batch = std::move(parsed.value());
    p.verified = true;
    // Imported before this run: commit() will find it a duplicate without its records.
    if (known != nullptr && known->count(p.batch->hash) != 0) return p;
    OpenKeys keys{&seal_, &retired_, sign_pk_};
    auto records = open_batch_records(*p.batch, keys, opt_.threads);
    if (!records) {
        p.verified = false;
        return rejected(std::move(p), records.error());
    }
    p.records = std::move(records.value());
    p.opened = true;
    return p;
}

BatchOutcome Importer::commit(Prepared&& p) {
    BatchOutcome& o = p.outcome;
    if (!p.verified) return std::move(o);
    sync::KioskChainState& chain = chains_[o.kiosk_row];
    const sync::ChainVerdict v = sync::check_chain(chain, p.batch->header, p.batch->hash);
    if (v.kind == sync::ChainVerdictKind::duplicate) {
        o.result = BatchResult::duplicate;
        o.records_duplicate = o.records;
        auto stored = store_.batch_by_seq(o.kiosk_row, o.seq);
        if (stored && stored.value()) o.batch_id = stored.value()->id;
        return std::move(o);
    }
    if (!v.should_import()) {
        o.result = BatchResult::rejected;
        o.code = Errc::conflict;
        o.reason = v.message;
        return std::move(o);
    }
    if (!p.opened) {  // the pre-run snapshot thought it was a duplicate; it is not
        OpenKeys keys{&seal_, &retired_, sign_pk_};
        auto records = open_batch_records(*p.batch, keys, opt_.threads);
        if (!records) {
            o.code = records.error().code;
            o.reason = records.error().message;
            return std::move(o);
        }
        p.records = std::move(records.value());
    }
    storage::BatchToStore b;
    b.kiosk_id = o.kiosk_row;
    b.seq = o.seq;
    b.hash = p.batch->hash;
    b.prev_hash = p.batch->header.prev_hash;
    b.day = p.batch->header.day;
    b.records = std::move(p.records);
    b.now = now();
    if (v.kind == sync::ChainVerdictKind::gap || v.kind == sync::ChainVerdictKind::gap_fill) {
        b.notes.push_back(
            {v.kind == sync::ChainVerdictKind::gap ? "gap" : "late", o.seq, v.message});
        o.notes.push_back(v.message);
    }
    Result<storage::StoredBatchOutcome> stored = Error{Errc::internal, "not stored"};
    if (opt_.user.empty()) {
        stored = store_.store_batch(b);
        // Each new tip opens a kiosk case (casework.hpp). Idempotent: should this fail after
        // the batch committed, the next import opens the missing cases. (A store without the
        // casework tables, e.g. an old home before its migration, still imports.)
        if (stored) {
            auto opened = open_kiosk_cases(store_, "import", b.now);
            if (!opened) o.notes.push_back("cases not opened yet: " + opened.error().message);
        }
    } else {
        auto audited = store::audited(store_, [&]() -> Result<store::AuditEvent> {
            stored = store_.store_batch(b);
            if (!stored) return stored.error();
            // The batch and the kiosk cases of its new tips commit together.
            auto opened = open_kiosk_cases(store_, opt_.user, b.now);
            if (!opened) return opened.error();
            return import_event(b.now, opt_.user, o, stored.value());
        });
        if (stored && !audited) stored = audited.error();
    }
    if (!stored) {
        o.code = stored.error().code;
        o.reason = "not stored: " + stored.error().message;
        return std::move(o);
    }
    auto recorded = sync::record_import(chain, p.batch->header, p.batch->hash);
    (void)recorded;  // cannot fail: check_chain said import
    o.result = BatchResult::imported;
    o.batch_id = stored->batch_id;
    o.records_new = stored->records_new;
    o.records_duplicate = stored->records_duplicate;
    o.new_cases = std::move(stored->new_cases);
    return std::move(o);
}

BatchOutcome Importer::import_bytes(ByteView file, const std::string& source) {
    auto head = sync::check_batch(file);
    if (head && kiosks_.count(head->kiosk) == 0) (void)reload_kiosks();  // added since start
    return commit(prepare(file, source, nullptr));
}

}  // namespace sk::bureau
