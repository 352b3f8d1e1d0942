// Key generation, seed derivation and key ids (docs/FORMAT.md §1).
#include "sk/crypto/keys.hpp"

#include <sodium.h>

#include <algorithm>

#include "internal.hpp"

namespace sk::crypto {

namespace {
constexpr char kKeyIdPrefix[] = "sk-keyid-v1";
}

KeyId key_id_of(ByteView public_key) {
    detail::ensure_init();
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(kKeyIdPrefix),
                              sizeof(kKeyIdPrefix) - 1);
    crypto_generichash_update(&st, public_key.data, public_key.size);
    uint8_t full[crypto_generichash_BYTES];
    crypto_generichash_final(&st, full, sizeof(full));
    KeyId id{};
    std::copy(full, full + id.size(), id.begin());
    return id;
}

BureauSecretKeys generate_bureau_keys() {
    BureauSecretKeys k;
    SealKeyPair seal = generate_seal_keypair();
    SignKeyPair sig = generate_sign_keypair();
    k.pub.seal_pk = seal.pk;
    k.pub.sign_pk = sig.pk;
    k.seal_sk = std::move(seal.sk);
    k.sign_sk = std::move(sig.sk);
    return k;
}

SealKeyPair generate_seal_keypair() {
    detail::ensure_init();
    SealKeyPair kp;
    crypto_box_keypair(kp.pk.data(), kp.sk.data());
    return kp;
}

SignKeyPair generate_sign_keypair() {
    detail::ensure_init();
    SignKeyPair kp;
    crypto_sign_keypair(kp.pk.data(), kp.sk.data());
    return kp;
}

SealKeyPair seal_keypair_from_seed(ByteView seed32) {
    detail::ensure_init();
    if (seed32.size != crypto_box_SEEDBYTES) detail::misuse("seal seed must be 32 bytes");
    SealKeyPair kp;
    // sk = SHA-512(seed)[0..32], pk = X25519(sk, 9): libsodium's crypto_box_seed_keypair.
    crypto_box_seed_keypair(kp.pk.data(), kp.sk.data(), seed32.data);
    return kp;
}

SignKeyPair sign_keypair_from_seed(ByteView seed32) {
    detail::ensure_init();
    if (seed32.size != crypto_sign_SEEDBYTES) detail::misuse("sign seed must be 32 bytes");
    SignKeyPair kp;
    crypto_sign_seed_keypair(kp.pk.data(), kp.sk.data(), seed32.data);
    return kp;
}

SealKeyPair bureau_seal_pair(const BureauSecretKeys& k) {
    SealKeyPair kp;
    kp.pk = k.pub.seal_pk;
    kp.sk = SecureBuffer(k.seal_sk.view());
    return kp;
}

SignKeyPair bureau_sign_pair(const BureauSecretKeys& k) {
    SignKeyPair kp;
    kp.pk = k.pub.sign_pk;
    kp.sk = SecureBuffer(k.sign_sk.view());
    return kp;
}

}  // namespace sk::crypto
