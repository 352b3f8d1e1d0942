// Admin PIN hashing with Argon2id (crypto_pwhash_str): the hash string is self-describing
// (algorithm, cost, salt), so it can be stored and verified later.
#pragma once

#include <string>
#include <string_view>

#include "sk/result.hpp"

namespace sk::crypto {

constexpr size_t kMinPinDigits = 6;
constexpr size_t kMaxPinDigits = 12;

// Digits only, kMinPinDigits..kMaxPinDigits. Returns a one-line reason on failure.
Result<void> check_pin_policy(std::string_view pin);
Result<std::string> hash_pin(std::string_view pin);
bool verify_pin(std::string_view pin, const std::string& stored_hash);

}  // namespace sk::crypto
