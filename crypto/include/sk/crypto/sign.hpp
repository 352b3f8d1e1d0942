// Domain-separated Ed25519 signatures and the signed-file container (docs/FORMAT.md §4).
#pragma once

#include <string>
#include <string_view>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::crypto {

// One context per message kind, so a signature over one kind never verifies as another.
enum class SignContext {
    batch,          // kiosk -> bureau
    ack,            // bureau -> kiosk
    survey_bundle,  // bureau -> kiosk
    status_board,   // bureau -> kiosk
    provisioning,   // bureau -> kiosk
    key_rotation,   // bureau (old key) -> kiosk
};
std::string_view context_name(SignContext c);  // "batch", "ack", "survey-bundle", ...
Result<SignContext> context_from_name(std::string_view name);

// Signs "sk-sig-v1" || 0x00 || context name || 0x00 || message.
Signature sign(SignContext ctx, ByteView message, const SignKeyPair& signer);
bool verify(SignContext ctx, ByteView message, const Signature& sig, const SignPublicKey& pk);

// Signed file: "SKSF" | u8 version=1 | u8 context-name length | context name |
// signer key id (8) | u32le payload length | payload | signature (64) over all bytes before it.
Bytes make_signed_file(SignContext ctx, ByteView payload, const SignKeyPair& signer);

struct SignedFile {
    SignContext context;
    KeyId signer;
    Bytes payload;
};
// Parses without verifying: lets a caller find the signer's key by id first.
Result<SignedFile> parse_signed_file(ByteView file);
// Parses and verifies against `pk`; checks the context is `expected` and the key id matches.
Result<SignedFile> open_signed_file(ByteView file, SignContext expected, const SignPublicKey& pk);

// The same two without copying the payload: `payload` views into `file`, which must outlive
// it (the importer checks 10 MB batch files; every copy is 10 MB of fresh pages).
struct SignedFileView {
    SignContext context;
    KeyId signer;
    ByteView payload;
};
Result<SignedFileView> parse_signed_file_view(ByteView file);
Result<SignedFileView> open_signed_file_view(ByteView file, SignContext expected,
                                             const SignPublicKey& pk);

}  // namespace sk::crypto
