// Helpers shared by the crypto/ sources only; not part of the public contract.
#pragma once

#include "sk/bytes.hpp"
#include "sk/crypto/sign.hpp"

namespace sk::crypto::detail {

// sodium_init() exactly once. Public entry points call this so a forgotten init() in a
// caller degrades to a slower first call instead of undefined behaviour.
void ensure_init();

// A programming error (wrong fixed-size argument to a function that cannot fail).
// Prints the reason and aborts: continuing would risk using a bad key.
[[noreturn]] void misuse(const char* what);

// Replaces `out` with what an Ed25519 signature of `ctx` covers (docs/FORMAT.md §4), reusing
// its capacity: sign/verify and the benchmark baseline share one definition of the prefix.
void signed_message_into(Bytes& out, SignContext ctx, ByteView message);

}  // namespace sk::crypto::detail
