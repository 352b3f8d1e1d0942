// bytes.hpp helpers, errc names, SecureBuffer, wipe and constant-time compare.
#include <catch2/catch.hpp>

#include <cstring>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;

TEST_CASE("crypto: hex round trip and rejects bad input", "[crypto][bytes]") {
    Bytes b = {0x00, 0x01, 0xab, 0xff};
    CHECK(to_hex(b) == "0001abff");
    Bytes out;
    REQUIRE(from_hex("0001ABff", out));
    CHECK(out == b);
    CHECK(from_hex("", out));
    CHECK(out.empty());
    out = {1};
    CHECK_FALSE(from_hex("abc", out));
    CHECK_FALSE(from_hex("zz", out));
    CHECK_FALSE(from_hex("0g", out));
    CHECK(out == Bytes{1});  // untouched on failure
}

TEST_CASE("crypto: little-endian helpers", "[crypto][bytes]") {
    Bytes b;
    put_u16le(b, 0x0102);
    put_u32le(b, 0x03040506u);
    put_u64le(b, 0x0708090a0b0c0d0eull);
    CHECK(to_hex(b) ==
          "0201"
          "06050403"
          "0e0d0c0b0a090807");
    CHECK(get_u16le(b.data()) == 0x0102);
    CHECK(get_u32le(b.data() + 2) == 0x03040506u);
    CHECK(get_u64le(b.data() + 6) == 0x0708090a0b0c0d0eull);
    Bytes c = {0xff, 0xff, 0xff, 0xff};
    CHECK(get_u32le(c.data()) == 0xffffffffu);
    append(b, ByteView(std::string_view("x")));
    CHECK(b.back() == 'x');
}

TEST_CASE("crypto: errc names are stable", "[crypto][result]") {
    CHECK(std::string(errc_name(Errc::ok)) == "ok");
    CHECK(std::string(errc_name(Errc::decrypt_failed)) == "decrypt_failed");
    CHECK(std::string(errc_name(Errc::wrong_passphrase)) == "wrong_passphrase");
    CHECK(std::string(errc_name(Errc::internal)) == "internal");
}

TEST_CASE("crypto: init is idempotent", "[crypto][init]") {
    REQUIRE(init().ok());
    REQUIRE(init().ok());
}

TEST_CASE("crypto: SecureBuffer holds moves truncates and resets", "[crypto][secure_buffer]") {
    test::setup();
    SecureBuffer a(16);
    REQUIRE(a.size() == 16);
    for (size_t i = 0; i < 16; ++i) CHECK(a.data()[i] == 0);
    for (size_t i = 0; i < 16; ++i) a.data()[i] = static_cast<uint8_t>(i + 1);

    a.truncate(4);
    CHECK(a.size() == 4);
    CHECK(a.view().to_bytes() == Bytes{1, 2, 3, 4});
    // The tail is wiped, though still inside our allocation.
    for (size_t i = 4; i < 16; ++i) CHECK(a.data()[i] == 0);
    a.truncate(10);  // growing is a no-op
    CHECK(a.size() == 4);

    SecureBuffer b(std::move(a));
    CHECK(a.empty());
    CHECK(a.data() == nullptr);
    CHECK(b.size() == 4);
    SecureBuffer c;
    c = std::move(b);
    CHECK(c.view().to_bytes() == Bytes{1, 2, 3, 4});
    c.reset();
    CHECK(c.empty());
    CHECK(c.data() == nullptr);

    SecureBuffer d(ByteView(std::string_view("secret")));
    CHECK(d.str() == "secret");
    SecureBuffer e(size_t{0});
    CHECK(e.empty());
}

TEST_CASE("crypto: wipe zeroes memory and a string's whole capacity", "[crypto][secure_buffer]") {
    test::setup();
    uint8_t raw[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    wipe(raw, sizeof(raw));
    for (uint8_t x : raw) CHECK(x == 0);

    std::string s(100, 'p');
    s.resize(3);  // the old bytes stay in the capacity
    const char* p = s.data();
    const size_t cap = s.capacity();
    wipe(s);
    CHECK(s.empty());
    REQUIRE(s.data() == p);  // clear() keeps the allocation
    for (size_t i = 0; i < cap; ++i) CHECK(p[i] == 0);
}

TEST_CASE("crypto: equal_ct", "[crypto][secure_buffer]") {
    test::setup();
    Bytes a = {1, 2, 3}, b = {1, 2, 3}, c = {1, 2, 4}, d = {1, 2};
    CHECK(equal_ct(a, b));
    CHECK_FALSE(equal_ct(a, c));
    CHECK_FALSE(equal_ct(a, d));
    CHECK(equal_ct(Bytes{}, Bytes{}));
}

TEST_CASE("crypto: hashes and randomness", "[crypto][hash]") {
    test::setup();
    // BLAKE2b-256("") from RFC 7693 test suites.
    CHECK(to_hex(hash(Bytes{})) ==
          "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
    Bytes key = test::filled(0x01, 32);
    CHECK(keyed_hash(key, std::string_view("x")) != hash(std::string_view("x")));
    CHECK(keyed_hash(key, std::string_view("x")) == keyed_hash(key, std::string_view("x")));
    CHECK(random_bytes(32) != random_bytes(32));
    CHECK(random_bytes(0).empty());
    for (int i = 0; i < 100; ++i) CHECK(random_uniform(7) < 7);
    CHECK(new_record_id() != new_record_id());
}
