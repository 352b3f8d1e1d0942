// Key file encodings (docs/FORMAT.md §2). All binary, fixed size, with an 8-byte magic.
#pragma once

#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::crypto {

constexpr size_t kBureauPublicFileBytes =
    88;  // "SKBPUB01" || seal id || seal pk || sign id || sign pk
constexpr size_t kKioskPublicFileBytes = 48;  // "SKKPUB01" || id || pk
constexpr size_t kBureauSecretFileBytes = 264;

// Argon2id cost for the bureau secret key file. Interactive limits keep tests fast;
// the bureau tool uses pwhash_sensitive() for real keys. Both are recorded in the file.
// Readers refuse opslimit outside 1..64 and memlimit outside 8 KiB..1 GiB (docs/FORMAT.md §2).
struct PwhashCost {
    uint64_t opslimit;
    uint64_t memlimit;
};
PwhashCost pwhash_interactive();
PwhashCost pwhash_moderate();
PwhashCost pwhash_sensitive();  // 4 passes, 1 GiB
PwhashCost pwhash_min();        // for tests and vectors only

Bytes encode_bureau_public(const BureauPublicKeys& k);
Result<BureauPublicKeys> decode_bureau_public(ByteView file);

Bytes encode_kiosk_public(const SignPublicKey& pk);
Result<SignPublicKey> decode_kiosk_public(ByteView file);

// Secret key file: Argon2id(passphrase, salt) -> key; XChaCha20-Poly1305 over the secrets.
// Returns an empty vector if `cost` is out of the accepted range or Argon2id fails (memory).
Bytes encrypt_bureau_secret(const BureauSecretKeys& k, std::string_view passphrase,
                            PwhashCost cost);
// Same with caller-supplied salt and nonce (test vectors).
Bytes encrypt_bureau_secret_with(const BureauSecretKeys& k, std::string_view passphrase,
                                 PwhashCost cost, ByteView salt16, ByteView nonce24);
// Errc::wrong_passphrase if the passphrase is wrong or the file was altered after writing
// (the two cannot be told apart; the message says so). Errc::bad_format for a wrong size/magic.
Result<BureauSecretKeys> decrypt_bureau_secret(ByteView file, std::string_view passphrase);

}  // namespace sk::crypto
