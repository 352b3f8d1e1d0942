// Routing incoming files (e.g. `kioskctl import --from DIR`) by the signed-file context,
// before choosing which key and which verifier to use. Classifying is not trusting: the
// caller must still verify the file with the matching verify_* function.
#pragma once

#include "sk/bytes.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/result.hpp"

namespace sk::sync {

// The context of a signed file (docs/FORMAT.md §4), without verifying it.
// Errc::bad_format for anything that is not a well-formed signed file, with a message that
// says so plainly for unsigned JSON.
Result<crypto::SignContext> classify_file(ByteView file);

}  // namespace sk::sync
