// The bare import loop (sk/crypto/baseline.hpp): fixed offsets of a one-recipient envelope
// (docs/FORMAT.md §3) and of the signed-file container (§4), no parsing beyond them.
#include "sk/crypto/baseline.hpp"

#include <sodium.h>

#include <algorithm>

#include "internal.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/sign.hpp"

namespace sk::crypto::baseline {

namespace {

constexpr size_t kFixedHeaderBytes = 1 + 1 + kRecordIdBytes + 1;  // version kind id n
constexpr size_t kSealedKeyAt = kFixedHeaderBytes + kKeyIdBytes;
constexpr size_t kOneRecipientHeaderBytes =
    kFixedHeaderBytes + kKeyIdBytes + kSealedKeyBytes + kEnvelopeNonceBytes;
constexpr size_t kContentKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr size_t kLargestBucket = kPadBuckets[std::size(kPadBuckets) - 1];

// sodium_malloc'd once per call, wiped and freed at the end: the reused secure arena.
struct Scratch {
    uint8_t* key = static_cast<uint8_t*>(sodium_malloc(kContentKeyBytes));
    uint8_t* plain = static_cast<uint8_t*>(sodium_malloc(kLargestBucket));
    ~Scratch() {
        sodium_free(key);  // sodium_free wipes before freeing
        sodium_free(plain);
    }
};

bool open_one(ByteView env, const SealKeyPair& r, Scratch& s) {
    if (env.size < kOneRecipientHeaderBytes + kAeadTagBytes || env.data[18] != 1 ||
        env.size - kOneRecipientHeaderBytes - kAeadTagBytes > kLargestBucket)
        return false;
    if (crypto_box_seal_open(s.key, env.data + kSealedKeyAt, kSealedKeyBytes, r.pk.data(),
                             r.sk.data()) != 0)
        return false;
    unsigned long long plen = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               s.plain, &plen, nullptr, env.data + kOneRecipientHeaderBytes,
               env.size - kOneRecipientHeaderBytes, env.data, kOneRecipientHeaderBytes,
               env.data + kOneRecipientHeaderBytes - kEnvelopeNonceBytes, s.key) == 0;
}

}  // namespace

size_t bare_import_slice(const std::vector<ByteView>& files, const std::vector<ByteView>& envelopes,
                         const SignPublicKey& kiosk_pk, const SealKeyPair& recipient) {
    detail::ensure_init();
    if (recipient.sk.size() != crypto_box_SECRETKEYBYTES) return 0;
    size_t ok = 0;
    Bytes message;  // reused: the domain prefix + the signed bytes of each file
    for (ByteView f : files) {
        if (f.size < kSignatureBytes) continue;
        const size_t body = f.size - kSignatureBytes;
        detail::signed_message_into(message, SignContext::batch, ByteView(f.data, body));
        if (crypto_sign_verify_detached(f.data + body, message.data(), message.size(),
                                        kiosk_pk.data()) == 0)
            ++ok;
    }
    Scratch scratch;
    if (!scratch.key || !scratch.plain) return ok;
    for (ByteView env : envelopes)
        if (open_one(env, recipient, scratch)) ++ok;
    return ok;
}

}  // namespace sk::crypto::baseline
