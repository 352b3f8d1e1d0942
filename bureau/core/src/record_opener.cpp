#include "sk/bureau/record_opener.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include "sk/bureau/parallel.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"

namespace sk::bureau {

namespace {

std::string record_label(size_t i, size_t n) {
    return "record " + std::to_string(i + 1) + " of " + std::to_string(n);
}

// Tries the current seal key, then a retired key the envelope names. The message for a
// wrong recipient names both key ids so the operator can tell "sealed to the old key we no
// longer hold" from "this batch was meant for another office".
// The plaintext goes to `out` (room for the whole envelope); returns its length.
Result<size_t> open_one(ByteView envelope, const OpenKeys& keys, uint8_t* out) {
    auto r = crypto::open_record_into(envelope, *keys.current, out, envelope.size);
    if (r || r.error().code != Errc::wrong_key) return r;
    auto header = crypto::peek_sealed_header(envelope);
    if (!header) return header.error();
    if (keys.retired != nullptr) {
        for (const auto& k : *keys.retired) {
            for (const auto& rid : header->recipients) {
                if (rid == k.id()) return crypto::open_record_into(envelope, k, out, envelope.size);
            }
        }
    }
    std::string ids;
    for (const auto& rid : header->recipients) {
        if (!ids.empty()) ids += ",";
        ids += to_hex(rid);
    }
    return Error{Errc::wrong_key, "is sealed to key " + ids + ", not to this bureau (" +
                                      to_hex(keys.current->id()) + ")"};
}

Result<void> read_tip(storage::DecryptedRecord& out, const OpenKeys& keys) {
    // The header parse: the same strict checks as parse_tip without a sodium_malloc per free
    // text (the full text stays in the batch's secure arena and the store).
    auto tip = survey::parse_tip_header(out.plaintext);
    if (!tip) return tip.error();
    out.category = std::move(tip->category);
    out.subcategory = std::move(tip->subcategory);
    out.unit = std::move(tip->unit);
    if (!tip->receipt.empty()) {
        out.receipt_lookup = crypto::receipt_lookup_hash(tip->receipt, keys.sign_pk);
    }
    return ok();
}

// Only the header is checked here (survey id, version, language). The answers are read
// strictly against their definition when a report or export uses them, and counted as
// unreadable there if they do not parse. Rejecting a whole signed batch at import because
// the bureau holds a different definition would strand every tip in it on the kiosk; and
// full parsing allocates secure memory per text answer, which costs ~15% of import speed.
Result<void> read_response(storage::DecryptedRecord& out) {
    auto header = survey::parse_response_header(out.plaintext);
    if (!header) return header.error();
    out.survey_id = header->survey_id;
    out.survey_version = header->survey_version;
    return ok();
}

}  // namespace

Result<std::vector<storage::DecryptedRecord>> open_batch_records(const sync::Batch& batch,
                                                                 const OpenKeys& keys,
                                                                 unsigned threads) {
    const size_t n = batch.records.size();
    std::vector<storage::DecryptedRecord> out(n);
    std::vector<std::optional<Error>> errors(n);
    // One secure arena for the batch; record i opens into its own slot at offsets[i], so the
    // workers never share bytes and no record costs a sodium_malloc (mmap + guard pages).
    std::vector<size_t> offsets(n + 1, 0);
    for (size_t i = 0; i < n; ++i) offsets[i + 1] = offsets[i] + batch.records[i].envelope.size();
    auto arena = std::make_shared<crypto::SecureBuffer>(std::max<size_t>(offsets[n], 1));
    parallel_for(n, threads, [&](size_t i) {
        const sync::BatchRecord& rec = batch.records[i];
        storage::DecryptedRecord& d = out[i];
        d.id = rec.id;
        d.kind = rec.kind;
        d.owner = arena;
        auto len = open_one(rec.envelope, keys, arena->data() + offsets[i]);
        if (!len) {
            errors[i] = len.error();
            return;
        }
        d.plaintext = ByteView(arena->data() + offsets[i], *len);
        auto parsed = rec.kind == crypto::RecordKind::tip ? read_tip(d, keys) : read_response(d);
        if (!parsed) errors[i] = parsed.error();
    });
    for (size_t i = 0; i < n; ++i) {
        if (!errors[i]) continue;
        const Error& e = *errors[i];
        const std::string kind =
            batch.records[i].kind == crypto::RecordKind::tip ? "tip" : "response";
        switch (e.code) {
            case Errc::wrong_key:
                return Error{e.code, record_label(i, n) + " " + e.message};
            case Errc::decrypt_failed:
                return Error{e.code, record_label(i, n) +
                                         " does not decrypt (tampered or damaged): " + e.message};
            default:
                return Error{e.code,
                             record_label(i, n) + " is not a valid " + kind + ": " + e.message};
        }
    }
    return out;
}

}  // namespace sk::bureau
