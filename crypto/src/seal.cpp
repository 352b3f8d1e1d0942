// Sealed records (docs/FORMAT.md §3): pad to a bucket, encrypt once under a fresh content key
// with XChaCha20-Poly1305, and seal that key to each recipient with crypto_box_seal.
#include "sk/crypto/seal.hpp"

#include <sodium.h>

#include <algorithm>
#include <functional>

#include "internal.hpp"

namespace sk::crypto {

namespace {

constexpr size_t kFixedHeaderBytes = 1 + 1 + kRecordIdBytes + 1;  // version kind id n = 19
constexpr size_t kSlotBytes = kKeyIdBytes + kSealedKeyBytes;      // 88
constexpr size_t kContentKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
static_assert(kSealedKeyBytes == crypto_box_SEALBYTES + kContentKeyBytes);
static_assert(kEnvelopeNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kAeadTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

size_t header_bytes(size_t recipients) {
    return kFixedHeaderBytes + recipients * kSlotBytes + kEnvelopeNonceBytes;
}

bool is_bucket(size_t n) {
    return std::find(std::begin(kPadBuckets), std::end(kPadBuckets), n) != std::end(kPadBuckets);
}

struct Parsed {
    SealedHeader header;
    size_t header_len = 0;  // == AEAD associated data length; the nonce is its last 24 bytes
    size_t bucket = 0;
};

Result<Parsed> parse(ByteView env) {
    if (env.size < kFixedHeaderBytes)
        return Error{Errc::bad_format,
                     "sealed record is truncated (" + std::to_string(env.size) + " bytes)"};
    if (env.data[0] != kEnvelopeVersion)
        return Error{Errc::unsupported_version, "sealed record version " +
                                                    std::to_string(env.data[0]) +
                                                    " is not supported (expected 1)"};
    const uint8_t kind = env.data[1];
    if (kind != static_cast<uint8_t>(RecordKind::tip) &&
        kind != static_cast<uint8_t>(RecordKind::survey_response))
        return Error{Errc::bad_format, "sealed record has unknown kind " + std::to_string(kind)};
    const size_t n = env.data[18];
    if (n < 1 || n > kMaxRecipients)
        return Error{Errc::bad_format,
                     "sealed record has " + std::to_string(n) + " recipients (1..4 allowed)"};
    Parsed p;
    p.header_len = header_bytes(n);
    if (env.size < p.header_len + kPadBuckets[0] + kAeadTagBytes)
        return Error{Errc::bad_format,
                     "sealed record is truncated (" + std::to_string(env.size) + " bytes)"};
    const size_t ct_len = env.size - p.header_len;
    if (!is_bucket(ct_len - kAeadTagBytes))
        return Error{Errc::bad_format, "sealed record ciphertext is " + std::to_string(ct_len) +
                                           " bytes, not a padding bucket + 16"};
    p.bucket = ct_len - kAeadTagBytes;

    p.header.kind = static_cast<RecordKind>(kind);
    std::copy_n(env.data + 2, kRecordIdBytes, p.header.record_id.begin());
    for (size_t i = 0; i < n; ++i) {
        KeyId id{};
        std::copy_n(env.data + kFixedHeaderBytes + i * kSlotBytes, kKeyIdBytes, id.begin());
        if (std::find(p.header.recipients.begin(), p.header.recipients.end(), id) !=
            p.header.recipients.end())
            return Error{Errc::bad_format,
                         "sealed record lists recipient " + to_hex(id) + " twice"};
        p.header.recipients.push_back(id);
    }
    return p;
}

// Writes 80 bytes: the content key sealed to `pk` (slot index `i`).
using SealFn =
    std::function<bool(uint8_t* out, const uint8_t* ck, const SealPublicKey& pk, size_t i)>;

Result<Bytes> seal_with(RecordKind kind, const RecordId& id, ByteView plaintext,
                        const std::vector<SealPublicKey>& recipients, const SecureBuffer& ck,
                        const uint8_t* nonce, const SealFn& seal_key) {
    if (kind != RecordKind::tip && kind != RecordKind::survey_response)
        return Error{Errc::invalid_argument, "unknown record kind"};
    if (recipients.empty() || recipients.size() > kMaxRecipients)
        return Error{Errc::invalid_argument, "a sealed record needs 1..4 recipients, got " +
                                                 std::to_string(recipients.size())};
    const size_t bucket = bucket_for(plaintext.size);
    if (bucket == 0)
        return Error{Errc::invalid_argument,
                     "record is " + std::to_string(plaintext.size) + " bytes; the limit is 32767"};
    std::vector<KeyId> ids;
    for (const auto& pk : recipients) {
        KeyId kid = key_id_of(pk);
        if (std::find(ids.begin(), ids.end(), kid) != ids.end())
            return Error{Errc::invalid_argument, "recipient " + to_hex(kid) + " listed twice"};
        ids.push_back(kid);
    }

    Bytes out;
    out.reserve(envelope_size(plaintext.size, recipients.size()));
    out.push_back(kEnvelopeVersion);
    out.push_back(static_cast<uint8_t>(kind));
    append(out, id);
    out.push_back(static_cast<uint8_t>(recipients.size()));
    for (size_t i = 0; i < recipients.size(); ++i) {
        append(out, ids[i]);
        const size_t at = out.size();
        out.resize(at + kSealedKeyBytes);
        if (!seal_key(out.data() + at, ck.data(), recipients[i], i))
            return Error{Errc::invalid_argument,
                         "recipient " + to_hex(ids[i]) + " is not a usable X25519 public key"};
    }
    append(out, ByteView(nonce, kEnvelopeNonceBytes));

    SecureBuffer padded(bucket);
    if (!plaintext.empty()) std::copy(plaintext.begin(), plaintext.end(), padded.data());
    size_t padded_len = 0;
    if (sodium_pad(&padded_len, padded.data(), plaintext.size, bucket, bucket) != 0 ||
        padded_len != bucket)
        return Error{Errc::internal, "padding failed"};

    const size_t ad_len = out.size();
    out.resize(ad_len + bucket + kAeadTagBytes);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + ad_len, &clen, padded.data(), bucket,
                                               out.data(), ad_len, nullptr, nonce, ck.data());
    return out;
}

// BLAKE2b(key = seed, personal = 16-byte label, salt = 16 zero bytes) -> outlen bytes.
void derive(uint8_t* out, size_t outlen, ByteView seed, const char (&label)[17], ByteView msg) {
    crypto_generichash_blake2b_salt_personal(out, outlen, msg.data, msg.size, seed.data, seed.size,
                                             nullptr, reinterpret_cast<const uint8_t*>(label));
}

// Labels are ASCII right-padded with zero bytes to 16 (docs/FORMAT.md §3.4).
constexpr char kLabelContentKey[17] = "sk-vec-ckey-v1\0\0";
constexpr char kLabelNonce[17] = "sk-vec-nonce-v1\0";
constexpr char kLabelEphemeral[17] = "sk-vec-eph-v1\0\0\0";

}  // namespace

size_t bucket_for(size_t plaintext_len) {
    for (size_t b : kPadBuckets)
        if (plaintext_len < b) return b;
    return 0;
}

size_t envelope_size(size_t plaintext_len, size_t recipients) {
    const size_t bucket = bucket_for(plaintext_len);
    if (bucket == 0 || recipients < 1 || recipients > kMaxRecipients) return 0;
    return header_bytes(recipients) + bucket + kAeadTagBytes;
}

Result<Bytes> seal_record(RecordKind kind, const RecordId& id, ByteView plaintext,
                          const std::vector<SealPublicKey>& recipients) {
    detail::ensure_init();
    SecureBuffer ck(kContentKeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(ck.data());
    uint8_t nonce[kEnvelopeNonceBytes];
    randombytes_buf(nonce, sizeof(nonce));  // 192-bit random nonces never collide in practice
    return seal_with(kind, id, plaintext, recipients, ck, nonce,
                     [](uint8_t* out, const uint8_t* key, const SealPublicKey& pk, size_t) {
                         return crypto_box_seal(out, key, kContentKeyBytes, pk.data()) == 0;
                     });
}

Result<Bytes> seal_record_deterministic(RecordKind kind, const RecordId& id, ByteView plaintext,
                                        const std::vector<SealPublicKey>& recipients,
                                        ByteView seed32) {
    detail::ensure_init();
    if (seed32.size != 32) return Error{Errc::invalid_argument, "seed must be 32 bytes"};
    SecureBuffer ck(kContentKeyBytes);
    derive(ck.data(), ck.size(), seed32, kLabelContentKey, {});
    uint8_t nonce[kEnvelopeNonceBytes];
    derive(nonce, sizeof(nonce), seed32, kLabelNonce, {});
    // crypto_box_seal by hand with a derived ephemeral key: epk || box(m, nonce, pk, esk)
    // with nonce = BLAKE2b-192(epk || pk), exactly libsodium's construction.
    auto seal_key = [&](uint8_t* out, const uint8_t* key, const SealPublicKey& pk, size_t i) {
        SecureBuffer esk(crypto_box_SECRETKEYBYTES);
        const uint8_t index = static_cast<uint8_t>(i);
        derive(esk.data(), esk.size(), seed32, kLabelEphemeral, ByteView(&index, 1));
        uint8_t* epk = out;
        if (crypto_scalarmult_base(epk, esk.data()) != 0) return false;
        uint8_t box_nonce[crypto_box_NONCEBYTES];
        crypto_generichash_state st;
        crypto_generichash_init(&st, nullptr, 0, sizeof(box_nonce));
        crypto_generichash_update(&st, epk, crypto_box_PUBLICKEYBYTES);
        crypto_generichash_update(&st, pk.data(), pk.size());
        crypto_generichash_final(&st, box_nonce, sizeof(box_nonce));
        return crypto_box_easy(out + crypto_box_PUBLICKEYBYTES, key, kContentKeyBytes, box_nonce,
                               pk.data(), esk.data()) == 0;
    };
    return seal_with(kind, id, plaintext, recipients, ck, nonce, seal_key);
}

Result<SealedHeader> peek_sealed_header(ByteView envelope) {
    auto p = parse(envelope);
    if (!p.ok()) return p.error();
    return std::move(p->header);
}

namespace {

// The content key of the record being opened: one sodium_malloc'd buffer per thread, reused
// and wiped after every record, instead of a fresh allocation (mmap + guard pages) per record.
SecureBuffer& content_key_scratch() {
    thread_local SecureBuffer ck(kContentKeyBytes);
    return ck;
}

// Opens a parsed envelope into `out` (at least p.bucket bytes); returns the unpadded length.
Result<size_t> open_parsed(ByteView envelope, const Parsed& p, const SealKeyPair& recipient,
                           uint8_t* out) {
    const KeyId mine = recipient.id();
    const auto& ids = p.header.recipients;
    auto it = std::find(ids.begin(), ids.end(), mine);
    if (it == ids.end())
        return Error{Errc::wrong_key, "record is not sealed to key " + to_hex(mine)};
    const size_t slot = static_cast<size_t>(it - ids.begin());
    const uint8_t* sealed = envelope.data + kFixedHeaderBytes + slot * kSlotBytes + kKeyIdBytes;

    if (recipient.sk.size() != crypto_box_SECRETKEYBYTES)
        return Error{Errc::invalid_argument, "recipient secret key has the wrong size"};
    SecureBuffer& ck = content_key_scratch();
    struct WipeKey {
        SecureBuffer& k;
        ~WipeKey() { sodium_memzero(k.data(), k.size()); }
    } wipe_after{ck};
    if (crypto_box_seal_open(ck.data(), sealed, kSealedKeyBytes, recipient.pk.data(),
                             recipient.sk.data()) != 0)
        return Error{Errc::decrypt_failed, "record key does not open with key " + to_hex(mine) +
                                               " (altered or wrong key)"};

    const size_t ad_len = p.header_len;
    const uint8_t* nonce = envelope.data + ad_len - kEnvelopeNonceBytes;
    unsigned long long plen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(out, &plen, nullptr, envelope.data + ad_len,
                                                   envelope.size - ad_len, envelope.data, ad_len,
                                                   nonce, ck.data()) != 0)
        return Error{Errc::decrypt_failed, "sealed record was altered or damaged"};
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, out, p.bucket, p.bucket) != 0)
        return Error{Errc::bad_format, "sealed record has bad padding"};
    return unpadded;
}

}  // namespace

Result<SecureBuffer> open_record(ByteView envelope, const SealKeyPair& recipient) {
    detail::ensure_init();
    auto p = parse(envelope);
    if (!p.ok()) return p.error();
    SecureBuffer plain(p->bucket);
    auto n = open_parsed(envelope, *p, recipient, plain.data());
    if (!n) return n.error();
    plain.truncate(*n);
    return plain;
}

Result<size_t> open_record_into(ByteView envelope, const SealKeyPair& recipient, uint8_t* out,
                                size_t capacity) {
    detail::ensure_init();
    auto p = parse(envelope);
    if (!p.ok()) return p.error();
    if (capacity < p->bucket) return Error{Errc::invalid_argument, "open_record_into: no room"};
    auto n = open_parsed(envelope, *p, recipient, out);
    if (!n) sodium_memzero(out, p->bucket);  // nothing of a failed open stays behind
    return n;
}

}  // namespace sk::crypto
