// Key file encodings (docs/FORMAT.md §2): bureau public, kiosk public, bureau secret.
#include "sk/crypto/key_files.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>

#include "internal.hpp"
#include "sk/crypto/hash.hpp"

namespace sk::crypto {

namespace {

constexpr char kBureauPubMagic[] = "SKBPUB01";
constexpr char kKioskPubMagic[] = "SKKPUB01";
constexpr char kBureauSecMagic[] = "SKBSEC01";
constexpr size_t kMagicBytes = 8;
constexpr size_t kSaltBytes = crypto_pwhash_argon2id_SALTBYTES;                        // 16
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;           // 24
constexpr size_t kSecretHeaderBytes = kMagicBytes + 8 + 8 + kSaltBytes + kNonceBytes;  // 64
constexpr size_t kSecretPlainBytes =
    kBureauPublicFileBytes + kSealSecretKeyBytes + kSignSecretKeyBytes;  // 184
static_assert(kSecretHeaderBytes == 64);
static_assert(kSecretHeaderBytes + kSecretPlainBytes + 16 == kBureauSecretFileBytes);

// A header is attacker-controlled until the AEAD tag verifies, and the KDF runs first, so the
// costs are bounded before use: a forged file must not make us allocate 1 TiB or spin forever.
constexpr uint64_t kMaxOpslimit = 64;
constexpr uint64_t kMaxMemlimit = 1ull << 30;  // 1 GiB = libsodium's SENSITIVE

bool has_magic(ByteView file, const char* magic) {
    return file.size >= kMagicBytes && std::memcmp(file.data, magic, kMagicBytes) == 0;
}

Result<void> check_cost(uint64_t ops, uint64_t mem) {
    if (ops < crypto_pwhash_argon2id_OPSLIMIT_MIN || ops > kMaxOpslimit)
        return Error{Errc::bad_format, "bureau secret key file: Argon2id opslimit " +
                                           std::to_string(ops) + " is outside 1..64"};
    if (mem < crypto_pwhash_argon2id_MEMLIMIT_MIN || mem > kMaxMemlimit)
        return Error{Errc::bad_format, "bureau secret key file: Argon2id memlimit " +
                                           std::to_string(mem) + " is outside 8 KiB..1 GiB"};
    return {};
}

// Argon2id13(passphrase, salt) -> 32-byte AEAD key in secure memory.
Result<SecureBuffer> derive_key(std::string_view passphrase, const uint8_t* salt, uint64_t ops,
                                uint64_t mem) {
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt, ops,
                      static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{Errc::crypto_error, "Argon2id failed (out of memory?)"};
    return key;
}

}  // namespace

PwhashCost pwhash_interactive() {
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}
PwhashCost pwhash_moderate() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}
PwhashCost pwhash_sensitive() {
    return {crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE, crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE};
}
PwhashCost pwhash_min() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

Bytes encode_bureau_public(const BureauPublicKeys& k) {
    Bytes out;
    out.reserve(kBureauPublicFileBytes);
    append(out, std::string_view(kBureauPubMagic, kMagicBytes));
    append(out, k.seal_id());
    append(out, k.seal_pk);
    append(out, k.sign_id());
    append(out, k.sign_pk);
    return out;
}

Result<BureauPublicKeys> decode_bureau_public(ByteView file) {
    if (!has_magic(file, kBureauPubMagic))
        return Error{Errc::bad_format, "not a bureau public key file (magic is not SKBPUB01)"};
    if (file.size != kBureauPublicFileBytes)
        return Error{Errc::bad_format,
                     "bureau public key file must be 88 bytes, got " + std::to_string(file.size)};
    BureauPublicKeys k;
    std::copy_n(file.data + 16, kSealPublicKeyBytes, k.seal_pk.begin());
    std::copy_n(file.data + 56, kSignPublicKeyBytes, k.sign_pk.begin());
    const KeyId seal_id = k.seal_id(), sign_id = k.sign_id();
    if (!std::equal(seal_id.begin(), seal_id.end(), file.data + 8))
        return Error{Errc::bad_format,
                     "bureau public key file: seal key id does not match the seal key (damaged)"};
    if (!std::equal(sign_id.begin(), sign_id.end(), file.data + 48))
        return Error{Errc::bad_format,
                     "bureau public key file: sign key id does not match the sign key (damaged)"};
    return k;
}

Bytes encode_kiosk_public(const SignPublicKey& pk) {
    Bytes out;
    out.reserve(kKioskPublicFileBytes);
    append(out, std::string_view(kKioskPubMagic, kMagicBytes));
    append(out, key_id_of(pk));
    append(out, pk);
    return out;
}

Result<SignPublicKey> decode_kiosk_public(ByteView file) {
    if (!has_magic(file, kKioskPubMagic))
        return Error{Errc::bad_format, "not a kiosk public key file (magic is not SKKPUB01)"};
    if (file.size != kKioskPublicFileBytes)
        return Error{Errc::bad_format,
                     "kiosk public key file must be 48 bytes, got " + std::to_string(file.size)};
    SignPublicKey pk{};
    std::copy_n(file.data + 16, kSignPublicKeyBytes, pk.begin());
    KeyId id = key_id_of(pk);
    if (!std::equal(id.begin(), id.end(), file.data + 8))
        return Error{Errc::bad_format,
                     "kiosk public key file: key id does not match the key (damaged)"};
    return pk;
}

Bytes encrypt_bureau_secret(const BureauSecretKeys& k, std::string_view passphrase,
                            PwhashCost cost) {
    uint8_t salt[kSaltBytes];
    uint8_t nonce[kNonceBytes];
    random_bytes(salt, sizeof(salt));
    random_bytes(nonce, sizeof(nonce));
    return encrypt_bureau_secret_with(k, passphrase, cost, ByteView(salt, sizeof(salt)),
                                      ByteView(nonce, sizeof(nonce)));
}

Bytes encrypt_bureau_secret_with(const BureauSecretKeys& k, std::string_view passphrase,
                                 PwhashCost cost, ByteView salt16, ByteView nonce24) {
    detail::ensure_init();
    if (salt16.size != kSaltBytes || nonce24.size != kNonceBytes)
        detail::misuse("encrypt_bureau_secret_with: salt must be 16 bytes, nonce 24");
    if (k.seal_sk.size() != kSealSecretKeyBytes || k.sign_sk.size() != kSignSecretKeyBytes)
        detail::misuse("encrypt_bureau_secret: secret keys have the wrong size");
    // Refuse to write a file our own reader would refuse.
    if (!check_cost(cost.opslimit, cost.memlimit).ok()) return {};

    Bytes out;
    out.reserve(kBureauSecretFileBytes);
    append(out, std::string_view(kBureauSecMagic, kMagicBytes));
    put_u64le(out, cost.opslimit);
    put_u64le(out, cost.memlimit);
    append(out, salt16);
    append(out, nonce24);

    auto key = derive_key(passphrase, salt16.data, cost.opslimit, cost.memlimit);
    if (!key.ok()) return {};

    SecureBuffer plain(kSecretPlainBytes);
    Bytes pub = encode_bureau_public(k.pub);
    std::copy(pub.begin(), pub.end(), plain.data());
    std::copy_n(k.seal_sk.data(), kSealSecretKeyBytes, plain.data() + kBureauPublicFileBytes);
    std::copy_n(k.sign_sk.data(), kSignSecretKeyBytes,
                plain.data() + kBureauPublicFileBytes + kSealSecretKeyBytes);

    out.resize(kBureauSecretFileBytes);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kSecretHeaderBytes, &clen, plain.data(),
                                               plain.size(), out.data(), kSecretHeaderBytes,
                                               nullptr, nonce24.data, key->data());
    return out;
}

Result<BureauSecretKeys> decrypt_bureau_secret(ByteView file, std::string_view passphrase) {
    detail::ensure_init();
    if (!has_magic(file, kBureauSecMagic))
        return Error{Errc::bad_format, "not a bureau secret key file (magic is not SKBSEC01)"};
    if (file.size != kBureauSecretFileBytes)
        return Error{Errc::bad_format,
                     "bureau secret key file must be 264 bytes, got " + std::to_string(file.size)};
    const uint64_t ops = get_u64le(file.data + 8);
    const uint64_t mem = get_u64le(file.data + 16);
    SK_TRY(check_cost(ops, mem));
    const uint8_t* salt = file.data + 24;
    const uint8_t* nonce = file.data + 40;

    auto key = derive_key(passphrase, salt, ops, mem);
    if (!key.ok()) return key.error();

    SecureBuffer plain(kSecretPlainBytes);
    unsigned long long plen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &plen, nullptr, file.data + kSecretHeaderBytes,
            kBureauSecretFileBytes - kSecretHeaderBytes, file.data, kSecretHeaderBytes, nonce,
            key->data()) != 0)
        return Error{Errc::wrong_passphrase, "wrong passphrase (or the key file was altered)"};

    auto pub = decode_bureau_public(plain.view().sub(0, kBureauPublicFileBytes));
    if (!pub.ok()) return pub.error();

    BureauSecretKeys k;
    k.pub = *pub;
    std::copy_n(plain.data() + kBureauPublicFileBytes, kSealSecretKeyBytes, k.seal_sk.data());
    std::copy_n(plain.data() + kBureauPublicFileBytes + kSealSecretKeyBytes, kSignSecretKeyBytes,
                k.sign_sk.data());

    // The tag proves who wrote the file, not that the writer was consistent: check the
    // secrets really belong to the public keys before anyone seals or signs with them.
    SealPublicKey seal_pk{};
    crypto_scalarmult_base(seal_pk.data(), k.seal_sk.data());
    if (!equal_ct(seal_pk, k.pub.seal_pk))
        return Error{Errc::bad_format,
                     "bureau secret key file: seal secret key does not match its public key"};
    SignPublicKey sign_pk{};
    SecureBuffer sign_sk(kSignSecretKeyBytes);
    crypto_sign_seed_keypair(sign_pk.data(), sign_sk.data(), k.sign_sk.data());
    if (!equal_ct(sign_pk, k.pub.sign_pk) || !equal_ct(sign_sk.view(), k.sign_sk.view()))
        return Error{Errc::bad_format,
                     "bureau secret key file: sign secret key does not match its public key"};
    return k;
}

}  // namespace sk::crypto
