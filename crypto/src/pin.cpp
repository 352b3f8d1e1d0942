// Admin PIN hashing: Argon2id with libsodium's INTERACTIVE limits (2 passes, 64 MiB), as a
// self-describing $argon2id$ string so the cost can be raised later without a migration.
#include "sk/crypto/pin.hpp"

#include <sodium.h>

#include <algorithm>

#include "internal.hpp"

namespace sk::crypto {

Result<void> check_pin_policy(std::string_view pin) {
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return Error{Errc::invalid_argument, "a PIN may contain digits only"};
    if (pin.size() < kMinPinDigits)
        return Error{Errc::invalid_argument, "a PIN needs at least 6 digits"};
    if (pin.size() > kMaxPinDigits)
        return Error{Errc::invalid_argument, "a PIN has at most 12 digits"};
    return {};
}

Result<std::string> hash_pin(std::string_view pin) {
    SK_TRY(check_pin_policy(pin));
    detail::ensure_init();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, pin.data(), pin.size(),
                                   crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                   crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE) != 0)
        return Error{Errc::crypto_error, "Argon2id failed (out of memory?)"};
    return std::string(out);
}

bool verify_pin(std::string_view pin, const std::string& stored_hash) {
    detail::ensure_init();
    // A PIN outside the policy was never hashed; refusing it early also avoids running
    // Argon2id on unbounded input.
    if (!check_pin_policy(pin).ok()) return false;
    if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(stored_hash.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace sk::crypto
