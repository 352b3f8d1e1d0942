// Key material: the bureau's key set (X25519 to seal, Ed25519 to sign) and a kiosk's
// identity (Ed25519). Each public key has an 8-byte key id for rotation (docs/FORMAT.md §1).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::crypto {

constexpr size_t kKeyIdBytes = 8;
constexpr size_t kSealPublicKeyBytes = 32;  // X25519
constexpr size_t kSealSecretKeyBytes = 32;  // X25519
constexpr size_t kSignPublicKeyBytes = 32;  // Ed25519
constexpr size_t kSignSecretKeyBytes = 64;  // Ed25519 (seed || public key)
constexpr size_t kSignSeedBytes = 32;
constexpr size_t kSignatureBytes = 64;

using KeyId = std::array<uint8_t, kKeyIdBytes>;
using SealPublicKey = std::array<uint8_t, kSealPublicKeyBytes>;
using SignPublicKey = std::array<uint8_t, kSignPublicKeyBytes>;
using Signature = std::array<uint8_t, kSignatureBytes>;

// key id = first 8 bytes of BLAKE2b-256("sk-keyid-v1" || public key)
KeyId key_id_of(ByteView public_key);

struct BureauPublicKeys {
    SealPublicKey seal_pk{};
    SignPublicKey sign_pk{};
    KeyId seal_id() const { return key_id_of(seal_pk); }
    KeyId sign_id() const { return key_id_of(sign_pk); }
    bool operator==(const BureauPublicKeys& o) const {
        return seal_pk == o.seal_pk && sign_pk == o.sign_pk;
    }
};

struct BureauSecretKeys {
    BureauPublicKeys pub;
    SecureBuffer seal_sk{kSealSecretKeyBytes};
    SecureBuffer sign_sk{kSignSecretKeyBytes};
};

// A recipient able to open sealed records (the bureau, or a second office).
struct SealKeyPair {
    SealPublicKey pk{};
    SecureBuffer sk{kSealSecretKeyBytes};
    KeyId id() const { return key_id_of(pk); }
};

// Any Ed25519 signer (kiosk identity, bureau signing key).
struct SignKeyPair {
    SignPublicKey pk{};
    SecureBuffer sk{kSignSecretKeyBytes};
    KeyId id() const { return key_id_of(pk); }
};

BureauSecretKeys generate_bureau_keys();
SealKeyPair generate_seal_keypair();
SignKeyPair generate_sign_keypair();  // used for kiosk identities

// Deterministic derivation from 32-byte seeds: used by test vectors only.
SealKeyPair seal_keypair_from_seed(ByteView seed32);
SignKeyPair sign_keypair_from_seed(ByteView seed32);

// Views of the bureau set as the generic pairs (copies into fresh secure memory).
SealKeyPair bureau_seal_pair(const BureauSecretKeys& k);
SignKeyPair bureau_sign_pair(const BureauSecretKeys& k);

}  // namespace sk::crypto
