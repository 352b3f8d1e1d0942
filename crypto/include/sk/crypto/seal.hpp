// Sealed records (docs/FORMAT.md §3): a tip or survey response, padded to a size bucket,
// encrypted once under a random content key, and that key sealed to each recipient.
// Only a recipient's secret key opens it; the kiosk that sealed it cannot.
#pragma once

#include <cstdint>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"

namespace sk::crypto {

enum class RecordKind : uint8_t { tip = 1, survey_response = 2 };

constexpr uint8_t kEnvelopeVersion = 1;
constexpr size_t kMaxRecipients = 4;
constexpr size_t kSealedKeyBytes = 80;  // crypto_box_SEALBYTES + 32-byte content key
constexpr size_t kEnvelopeNonceBytes = 24;
constexpr size_t kAeadTagBytes = 16;
// Padded plaintext sizes. Padding is ISO/IEC 7816-4 (0x80 then zeros), so a plaintext
// must be at least one byte shorter than its bucket. Larger plaintexts are refused.
constexpr size_t kPadBuckets[] = {512, 2048, 8192, 32768};
constexpr size_t kMaxPlaintextBytes = 32767;

// Bucket the plaintext will be padded to, or 0 if too large.
size_t bucket_for(size_t plaintext_len);
// Exact envelope size for a plaintext length and recipient count.
size_t envelope_size(size_t plaintext_len, size_t recipients);

struct SealedHeader {
    RecordKind kind;
    RecordId record_id;
    std::vector<KeyId> recipients;
};

// Seals to every recipient public key (1..kMaxRecipients).
Result<Bytes> seal_record(RecordKind kind, const RecordId& id, ByteView plaintext,
                          const std::vector<SealPublicKey>& recipients);
// Deterministic variant for test vectors: content key, nonce and the ephemeral keys of the
// sealed boxes derive from `seed32`. Never used outside tests.
Result<Bytes> seal_record_deterministic(RecordKind kind, const RecordId& id, ByteView plaintext,
                                        const std::vector<SealPublicKey>& recipients,
                                        ByteView seed32);

// Convenience names used by the kiosk.
inline Result<Bytes> seal_tip(const RecordId& id, ByteView plaintext,
                              const std::vector<SealPublicKey>& recipients) {
    return seal_record(RecordKind::tip, id, plaintext, recipients);
}
inline Result<Bytes> seal_response(const RecordId& id, ByteView plaintext,
                                   const std::vector<SealPublicKey>& recipients) {
    return seal_record(RecordKind::survey_response, id, plaintext, recipients);
}

// Parses the cleartext header only (no key needed). Errc::bad_format on malformed input.
Result<SealedHeader> peek_sealed_header(ByteView envelope);

// Opens with one recipient's key pair. Errc::wrong_key if the key id is not among the
// recipients; Errc::decrypt_failed on any tampering.
Result<SecureBuffer> open_record(ByteView envelope, const SealKeyPair& recipient);
// open_record into caller-owned secure memory (the importer's one arena per batch instead of
// a sodium_malloc per record): writes the plaintext at `out` and returns its length.
// `capacity` of envelope.size bytes always suffices. Same errors as open_record; on an error
// the `out` region is wiped.
Result<size_t> open_record_into(ByteView envelope, const SealKeyPair& recipient, uint8_t* out,
                                size_t capacity);

}  // namespace sk::crypto
