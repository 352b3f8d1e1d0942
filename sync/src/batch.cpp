// Batch encoding (docs/FORMAT.md §6). The writer validates its own output with the
// reader's decoder, so a kiosk can never export a batch the bureau would refuse.
#include "sk/sync/batch.hpp"

#include <algorithm>
#include <cstring>
#include <set>
#include <string>

#include "sk/crypto/sign.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/signed_payload.hpp"

namespace sk::sync {

namespace {

using crypto::SignContext;

bool is_zero(const Hash& h) {
    return std::all_of(h.begin(), h.end(), [](uint8_t b) { return b == 0; });
}

Error bad(std::string msg) {
    return Error{Errc::bad_format, "batch: " + std::move(msg)};
}

Bytes encode_payload(const KeyId& kiosk, const BatchHeader& h,
                     const std::vector<ByteView>& envelopes) {
    Bytes out;
    size_t total = kBatchHeaderBytes;
    for (const auto& e : envelopes) total += kBatchRecordLengthBytes + e.size;
    out.reserve(total);
    append(out, ByteView(reinterpret_cast<const uint8_t*>(kBatchMagic), kBatchMagicBytes));
    out.push_back(kBatchVersion);
    append(out, kiosk);
    put_u64le(out, h.seq);
    append(out, h.prev_hash);
    put_u32le(out, h.day);
    put_u32le(out, static_cast<uint32_t>(envelopes.size()));
    for (const auto& e : envelopes) {
        put_u32le(out, static_cast<uint32_t>(e.size));
        append(out, e);
    }
    return out;
}

Result<void> check_header(const BatchHeader& h) {
    if (h.seq == 0) return bad("sequence number 0 is invalid (sequences start at 1)");
    if (h.seq == 1 && !is_zero(h.prev_hash))
        return bad("batch 1 must have an all-zero previous hash");
    // A real BLAKE2b output is never all zero; a zero prev on a later batch means the
    // writer lost its chain state, which the bureau must see rather than guess around.
    if (h.seq > 1 && is_zero(h.prev_hash))
        return bad("batch " + std::to_string(h.seq) + " has an all-zero previous hash");
    if (!is_valid_day_number(h.day)) return bad("invalid export day " + std::to_string(h.day));
    return ok();
}

// Decodes and checks a payload whose container was signed by `signer`. With `copy_records`
// false the checks are the same but the records are counted, not copied (check_batch).
Result<Batch> decode_payload(ByteView p, const KeyId& signer, bool copy_records = true,
                             size_t* counted = nullptr) {
    if (p.size < kBatchHeaderBytes)
        return bad("payload is " + std::to_string(p.size) + " bytes, shorter than the " +
                   std::to_string(kBatchHeaderBytes) + "-byte header");
    if (std::memcmp(p.data, kBatchMagic, kBatchMagicBytes) != 0) return bad("wrong magic");
    if (p.data[8] != kBatchVersion)
        return Error{Errc::unsupported_version,
                     "batch: version " + std::to_string(p.data[8]) + " is not supported"};
    Batch b;
    std::memcpy(b.kiosk.data(), p.data + 9, b.kiosk.size());
    // Without this, kiosk B could sign a batch claiming to come from kiosk A.
    if (b.kiosk != signer)
        return bad("payload names kiosk " + to_hex(b.kiosk) + " but was signed by " +
                   to_hex(signer));
    b.header.seq = get_u64le(p.data + 17);
    std::memcpy(b.header.prev_hash.data(), p.data + 25, b.header.prev_hash.size());
    b.header.day = get_u32le(p.data + 57);
    SK_TRY(check_header(b.header));
    const uint32_t count = get_u32le(p.data + 61);
    if (count > kMaxBatchRecords)
        return bad("record count " + std::to_string(count) + " exceeds the limit of " +
                   std::to_string(kMaxBatchRecords));
    size_t off = kBatchHeaderBytes;
    // Cheap bound before reserving memory for `count` records.
    if (static_cast<size_t>(count) * kBatchRecordLengthBytes > p.size - off)
        return bad("record count " + std::to_string(count) + " does not fit the payload");
    if (copy_records) b.records.reserve(count);
    std::set<crypto::RecordId> seen;
    for (uint32_t i = 0; i < count; ++i) {
        if (p.size - off < kBatchRecordLengthBytes)
            return bad("record " + std::to_string(i) + " length runs past the payload");
        const uint32_t len = get_u32le(p.data + off);
        off += kBatchRecordLengthBytes;
        if (len == 0) return bad("record " + std::to_string(i) + " is empty");
        if (len > p.size - off)
            return bad("record " + std::to_string(i) + " length " + std::to_string(len) +
                       " runs past the payload");
        ByteView env = p.sub(off, len);
        off += len;
        auto hdr = crypto::peek_sealed_header(env);
        if (!hdr)
            return bad("record " + std::to_string(i) +
                       " is not a sealed envelope: " + hdr.error().message);
        if (!seen.insert(hdr->record_id).second)
            return bad("duplicate record id " + to_hex(hdr->record_id));
        if (copy_records)
            b.records.push_back(BatchRecord{hdr->kind, hdr->record_id, env.to_bytes()});
    }
    if (off != p.size)
        return bad(std::to_string(p.size - off) + " trailing bytes after the last record");
    if (counted) *counted = count;
    return b;
}

Result<Batch> decode_file(ByteView file, const crypto::SignedFileView& sf) {
    auto b = decode_payload(sf.payload, sf.signer);
    if (!b) return b.error();
    b->hash = batch_hash(file);
    return b;
}

Result<void> check_file_size(size_t n) {
    if (n > kMaxBatchFileBytes)
        return bad("file is " + std::to_string(n) + " bytes, over the limit of " +
                   std::to_string(kMaxBatchFileBytes));
    return ok();
}

}  // namespace

Hash batch_hash(ByteView file) {
    return crypto::hash(file);
}

size_t batch_file_size(const std::vector<size_t>& envelope_sizes) {
    size_t n = kBatchContainerBytes + kBatchHeaderBytes;
    for (size_t s : envelope_sizes) n += kBatchRecordLengthBytes + s;
    return n;
}

Result<Bytes> build_batch_in_order(const BatchHeader& header,
                                   const std::vector<ByteView>& envelopes,
                                   const crypto::SignKeyPair& kiosk) {
    auto as_invalid = [](const Error& e) { return Error{Errc::invalid_argument, e.message}; };
    if (envelopes.size() > kMaxBatchRecords)
        return Error{Errc::invalid_argument,
                     "batch: " + std::to_string(envelopes.size()) +
                         " records exceed the limit; split with plan_batches"};
    std::vector<size_t> sizes;
    for (const auto& e : envelopes) sizes.push_back(e.size);
    if (auto r = check_file_size(batch_file_size(sizes)); !r) return as_invalid(r.error());
    const KeyId id = kiosk.id();
    Bytes payload = encode_payload(id, header, envelopes);
    // Every reader check, without copying the records (10 MB of fresh pages per batch).
    if (auto r = decode_payload(payload, id, false); !r) return as_invalid(r.error());
    return crypto::make_signed_file(SignContext::batch, payload, kiosk);
}

Result<Bytes> build_batch(const BatchHeader& header, std::vector<ByteView> envelopes,
                          const crypto::SignKeyPair& kiosk) {
    // Fisher-Yates with crypto randomness: submission order (kept by the kiosk's store)
    // must not be recoverable from the file, since it could link a tip to a time.
    for (size_t i = envelopes.size(); i > 1; --i) {
        const size_t j = crypto::random_uniform(static_cast<uint32_t>(i));
        std::swap(envelopes[i - 1], envelopes[j]);
    }
    return build_batch_in_order(header, envelopes, kiosk);
}

Result<Batch> parse_batch(ByteView file) {
    SK_TRY(check_file_size(file.size));
    auto sf = parse_expected_view(file, SignContext::batch, "batch");
    if (!sf) return sf.error();
    return decode_file(file, *sf);
}

Result<BatchSummary> check_batch(ByteView file) {
    SK_TRY(check_file_size(file.size));
    auto sf = parse_expected_view(file, SignContext::batch, "batch");
    if (!sf) return sf.error();
    size_t count = 0;
    auto b = decode_payload(sf->payload, sf->signer, false, &count);
    if (!b) return b.error();
    return BatchSummary{b->kiosk, b->header, count};
}

Result<void> verify_batch_signature(ByteView file, const crypto::SignPublicKey& kiosk_pk) {
    SK_TRY(check_file_size(file.size));
    auto sf = open_expected_view(file, SignContext::batch, kiosk_pk, "batch");
    if (!sf) return sf.error();
    return ok();
}

Result<Batch> verify_batch(ByteView file, const crypto::SignPublicKey& kiosk_pk) {
    SK_TRY(check_file_size(file.size));
    auto sf = open_expected_view(file, SignContext::batch, kiosk_pk, "batch");
    if (!sf) return sf.error();
    return decode_file(file, *sf);
}

}  // namespace sk::sync
