// Fixed keys and records for the sync tests and the FORMAT.md vectors. Every key derives
// from a fixed seed, so vectors are reproducible and tests need no key files.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/batch.hpp"

namespace sk::sync::test {

// A ```vector block's fields, in order (the vector generators write FORMAT.md's blocks).
using Vec = std::vector<std::pair<std::string, std::string>>;

// The blocks as FORMAT.md shows them: long values wrapped at 96 characters.
inline std::string render(const std::vector<Vec>& vs) {
    constexpr size_t kWrap = 96;
    std::string out;
    for (const auto& v : vs) {
        out += "```vector\n";
        for (const auto& [k, val] : v) {
            out += k + ": " + val.substr(0, kWrap) + "\n";
            for (size_t i = kWrap; i < val.size(); i += kWrap)
                out += "  " + val.substr(i, kWrap) + "\n";
        }
        out += "```\n\n";
    }
    return out;
}

// Generators stop at the first error: a vector that cannot be built is a bug.
template <typename R>
auto must(R r) {
    if (!r) throw std::runtime_error(r.error().message);
    return std::move(r).value();
}

inline Bytes seed(uint8_t b) {
    return Bytes(32, b);
}

inline void ensure_crypto() {
    static const bool ok = crypto::init().ok();
    if (!ok) throw std::runtime_error("crypto::init failed");
}

// Seeds used by FORMAT.md §6–§9 vectors: kiosk A = 0xa1.., kiosk B = 0xb2..,
// bureau signing key = 0xb5.., another bureau = 0xb6.., bureau sealing key = 0x5e...
inline crypto::SignKeyPair kiosk_a() {
    ensure_crypto();
    return crypto::sign_keypair_from_seed(seed(0xa1));
}
inline crypto::SignKeyPair kiosk_b() {
    ensure_crypto();
    return crypto::sign_keypair_from_seed(seed(0xb2));
}
inline crypto::SignKeyPair bureau_sign() {
    ensure_crypto();
    return crypto::sign_keypair_from_seed(seed(0xb5));
}
inline crypto::SignKeyPair other_bureau_sign() {
    ensure_crypto();
    return crypto::sign_keypair_from_seed(seed(0xb6));
}
inline crypto::SealKeyPair bureau_seal() {
    ensure_crypto();
    return crypto::seal_keypair_from_seed(seed(0x5e));
}

inline crypto::RecordId rid(uint8_t b) {
    crypto::RecordId r;
    r.fill(b);
    return r;
}

// A deterministic sealed record with id rid(id_byte), sealed to the bureau.
inline Bytes envelope(uint8_t id_byte, crypto::RecordKind kind = crypto::RecordKind::tip,
                      const std::string& text = "test tip") {
    ensure_crypto();
    auto r = crypto::seal_record_deterministic(kind, rid(id_byte), text, {bureau_seal().pk},
                                               seed(id_byte));
    if (!r) throw std::runtime_error("seal_record_deterministic: " + r.error().message);
    return std::move(r).value();
}

inline BatchHeader header(uint64_t seq, const crypto::Hash& prev = {}, uint32_t day = 20260314) {
    BatchHeader h;
    h.seq = seq;
    h.prev_hash = prev;
    h.day = day;
    return h;
}

inline std::vector<ByteView> views(const std::vector<Bytes>& v) {
    return std::vector<ByteView>(v.begin(), v.end());
}

// A batch payload written by hand, to build files the real writer refuses to produce.
inline Bytes raw_batch_payload(const crypto::KeyId& kiosk, const BatchHeader& h,
                               const std::vector<Bytes>& records, uint8_t version = 1,
                               const char* magic = "SKBATCH1") {
    Bytes p;
    append(p, ByteView(reinterpret_cast<const uint8_t*>(magic), 8));
    p.push_back(version);
    append(p, kiosk);
    put_u64le(p, h.seq);
    append(p, h.prev_hash);
    put_u32le(p, h.day);
    put_u32le(p, static_cast<uint32_t>(records.size()));
    for (const auto& r : records) {
        put_u32le(p, static_cast<uint32_t>(r.size()));
        append(p, r);
    }
    return p;
}

inline Bytes sign_raw_batch(const Bytes& payload, const crypto::SignKeyPair& signer) {
    return crypto::make_signed_file(crypto::SignContext::batch, payload, signer);
}

inline std::string hex(ByteView b) {
    return to_hex(b);
}

inline Bytes unhex(const std::string& s) {
    Bytes out;
    if (!from_hex(s, out)) throw std::runtime_error("bad hex in test data");
    return out;
}

}  // namespace sk::sync::test
