// Admin PIN policy and Argon2id hashing.
#include <catch2/catch.hpp>

#include "sk/crypto/pin.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;

TEST_CASE("crypto: PIN policy", "[crypto][pin]") {
    CHECK(check_pin_policy("123456").ok());
    CHECK(check_pin_policy("123456789012").ok());
    CHECK(code_of(check_pin_policy("12345")) == Errc::invalid_argument);
    CHECK(code_of(check_pin_policy("1234567890123")) == Errc::invalid_argument);
    CHECK(code_of(check_pin_policy("")) == Errc::invalid_argument);
    CHECK(code_of(check_pin_policy("12345a")) == Errc::invalid_argument);
    CHECK(code_of(check_pin_policy("123 456")) == Errc::invalid_argument);
    CHECK(code_of(check_pin_policy("١٢٣٤٥٦")) == Errc::invalid_argument);  // non-ASCII digits
    CHECK(check_pin_policy("12345a").error().message == "a PIN may contain digits only");
}

TEST_CASE("crypto: PIN hash and verify", "[crypto][pin]") {
    test::setup();
    auto h = hash_pin("246810");
    REQUIRE(h.ok());
    CHECK(h->rfind("$argon2id$", 0) == 0);
    CHECK(h->find("m=65536,t=2") != std::string::npos);  // INTERACTIVE limits
    CHECK(verify_pin("246810", *h));
    CHECK_FALSE(verify_pin("246811", *h));
    CHECK_FALSE(verify_pin("2468100", *h));
    CHECK_FALSE(verify_pin("", *h));
    CHECK_FALSE(verify_pin("246810", ""));
    CHECK_FALSE(verify_pin("246810", "not a hash"));
    std::string damaged = *h;
    damaged.back() = damaged.back() == 'A' ? 'B' : 'A';
    CHECK_FALSE(verify_pin("246810", damaged));
    // Salted: the same PIN hashes differently.
    CHECK(hash_pin("246810").value() != *h);
    CHECK(code_of(hash_pin("12")) == Errc::invalid_argument);
}
