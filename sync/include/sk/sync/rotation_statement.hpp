// Bureau key rotation statements (docs/FORMAT.md §11): "the bureau key set OLD is replaced
// by NEW", signed with context "key-rotation" by the old signing key (so a kiosk that trusts
// OLD can accept it) and counter-signed by the new signing key (so nobody can announce a
// key they do not hold).
#pragma once

#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::sync {

inline constexpr char kKeyRotationFormat[] = "sk-key-rotation-1";

struct RotationStatement {
    std::string issued;                 // RFC 3339 UTC
    crypto::BureauPublicKeys old_keys;  // the keys being replaced
    crypto::BureauPublicKeys new_keys;
    Bytes new_keys_file;                    // the 88-byte §2.1 file of new_keys
    crypto::Signature new_key_signature{};  // by new sign key over old file || new file
};

// Pure JSON payload parser (no signature checks): members, key files (§2.1), old != new.
// Errc::bad_format, Errc::unsupported_version for another "format". Exposed for fuzzing.
Result<RotationStatement> parse_rotation_statement(ByteView payload);

// Signs with the old signing key; the new one counter-signs. Errc::invalid_argument for a
// malformed `issued` or identical key sets.
Result<Bytes> build_rotation_statement(const crypto::BureauSecretKeys& old_keys,
                                       const crypto::BureauSecretKeys& new_keys,
                                       std::string_view issued);

// Against the keys the reader trusts now: signer key id must be trusted.sign_id()
// (Errc::wrong_key), signature (Errc::bad_signature), payload old_keys equal to `trusted`
// (Errc::wrong_key), counter-signature by the new key (Errc::bad_signature).
Result<RotationStatement> verify_rotation_statement(ByteView file,
                                                    const crypto::BureauPublicKeys& trusted);

}  // namespace sk::sync
