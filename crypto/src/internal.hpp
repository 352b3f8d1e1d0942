// Helpers shared by the crypto/ sources only; not part of the public contract.
#pragma once

namespace sk::crypto::detail {

// sodium_init() exactly once. Public entry points call this so a forgotten init() in a
// caller degrades to a slower first call instead of undefined behaviour.
void ensure_init();

// A programming error (wrong fixed-size argument to a function that cannot fail).
// Prints the reason and aborts: continuing would risk using a bad key.
[[noreturn]] void misuse(const char* what);

}  // namespace sk::crypto::detail
