// Library initialisation. sodium_init() picks CPU-specific implementations and seeds the
// RNG; it must run before any other libsodium call.
#include "sk/crypto/init.hpp"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#include "internal.hpp"

namespace sk::crypto {

namespace {
// Function-local static: C++11 guarantees one thread-safe initialisation.
int sodium_status() {
    static const int status = sodium_init();
    return status;
}
}  // namespace

Result<void> init() {
    if (sodium_status() < 0) return Error{Errc::crypto_error, "libsodium failed to initialise"};
    return {};
}

namespace detail {

void ensure_init() {
    if (sodium_status() < 0) misuse("libsodium failed to initialise");
}

void misuse(const char* what) {
    std::fprintf(stderr, "sk::crypto misuse: %s\n", what);
    std::abort();
}

}  // namespace detail
}  // namespace sk::crypto
