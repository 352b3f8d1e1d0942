// Shared helpers for the crypto tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/keys.hpp"

namespace sk::crypto::test {

// Every test calls this first: the library contract is init() before use.
inline void setup() {
    REQUIRE(sk::crypto::init().ok());
}

inline Bytes unhex(const std::string& h) {
    Bytes out;
    REQUIRE(from_hex(h, out));
    return out;
}

inline Bytes filled(uint8_t b, size_t n) {
    return Bytes(n, b);
}

// The Errc of a failed Result, or Errc::ok.
template <typename R>
Errc code_of(const R& r) {
    return r.ok() ? Errc::ok : r.error().code;
}

}  // namespace sk::crypto::test
