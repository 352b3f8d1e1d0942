// Key file encodings (docs/FORMAT.md §2).
#include <catch2/catch.hpp>

#include "sk/crypto/key_files.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;

TEST_CASE("crypto: bureau public file round trip and layout", "[crypto][key_files]") {
    test::setup();
    auto k = generate_bureau_keys();
    Bytes f = encode_bureau_public(k.pub);
    REQUIRE(f.size() == kBureauPublicFileBytes);
    CHECK(std::string(f.begin(), f.begin() + 8) == "SKBPUB01");
    CHECK(std::equal(f.begin() + 8, f.begin() + 16, k.pub.seal_id().begin()));
    CHECK(std::equal(f.begin() + 16, f.begin() + 48, k.pub.seal_pk.begin()));
    CHECK(std::equal(f.begin() + 48, f.begin() + 56, k.pub.sign_id().begin()));
    CHECK(std::equal(f.begin() + 56, f.end(), k.pub.sign_pk.begin()));
    auto d = decode_bureau_public(f);
    REQUIRE(d.ok());
    CHECK(*d == k.pub);
}

TEST_CASE("crypto: bureau public file refusals", "[crypto][key_files]") {
    test::setup();
    Bytes f = encode_bureau_public(generate_bureau_keys().pub);
    for (size_t n = 0; n < f.size(); ++n)
        CHECK(code_of(decode_bureau_public(ByteView(f.data(), n))) == Errc::bad_format);
    Bytes longer = f;
    longer.push_back(0);
    CHECK(code_of(decode_bureau_public(longer)) == Errc::bad_format);
    Bytes m = f;
    m[0] = 'X';
    auto r = decode_bureau_public(m);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("magic") != std::string::npos);
    // Any change to an id or a key breaks the id check.
    for (size_t i = 8; i < f.size(); ++i) {
        Bytes x = f;
        x[i] ^= 0x10;
        auto e = decode_bureau_public(x);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().code == Errc::bad_format);
        CHECK(e.error().message.find("does not match") != std::string::npos);
    }
}

TEST_CASE("crypto: kiosk public file round trip and refusals", "[crypto][key_files]") {
    test::setup();
    auto kp = generate_sign_keypair();
    Bytes f = encode_kiosk_public(kp.pk);
    REQUIRE(f.size() == kKioskPublicFileBytes);
    CHECK(std::string(f.begin(), f.begin() + 8) == "SKKPUB01");
    auto d = decode_kiosk_public(f);
    REQUIRE(d.ok());
    CHECK(*d == kp.pk);
    for (size_t n = 0; n < f.size(); ++n)
        CHECK(code_of(decode_kiosk_public(ByteView(f.data(), n))) == Errc::bad_format);
    for (size_t i = 0; i < f.size(); ++i) {
        Bytes x = f;
        x[i] ^= 0x01;
        CHECK(code_of(decode_kiosk_public(x)) == Errc::bad_format);
    }
    // A bureau file is not a kiosk file.
    CHECK(code_of(decode_kiosk_public(encode_bureau_public(generate_bureau_keys().pub))) ==
          Errc::bad_format);
}

TEST_CASE("crypto: bureau secret file round trip", "[crypto][key_files]") {
    test::setup();
    auto k = generate_bureau_keys();
    Bytes f = encrypt_bureau_secret(k, "hunter2 hunter2", pwhash_min());
    REQUIRE(f.size() == kBureauSecretFileBytes);
    CHECK(std::string(f.begin(), f.begin() + 8) == "SKBSEC01");
    CHECK(get_u64le(f.data() + 8) == pwhash_min().opslimit);
    CHECK(get_u64le(f.data() + 16) == pwhash_min().memlimit);
    auto d = decrypt_bureau_secret(f, "hunter2 hunter2");
    INFO((d.ok() ? "" : d.error().message));
    REQUIRE(d.ok());
    CHECK(d->pub == k.pub);
    CHECK(equal_ct(d->seal_sk.view(), k.seal_sk.view()));
    CHECK(equal_ct(d->sign_sk.view(), k.sign_sk.view()));
    // Fresh salt and nonce every time.
    CHECK(encrypt_bureau_secret(k, "hunter2 hunter2", pwhash_min()) != f);
}

TEST_CASE("crypto: bureau secret file refusals", "[crypto][key_files]") {
    test::setup();
    auto k = generate_bureau_keys();
    const std::string pass = "pass phrase";
    Bytes f = encrypt_bureau_secret(k, pass, pwhash_min());
    REQUIRE(f.size() == kBureauSecretFileBytes);

    SECTION("wrong passphrase") {
        auto r = decrypt_bureau_secret(f, "pass phrasE");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::wrong_passphrase);
        CHECK(r.error().message == "wrong passphrase (or the key file was altered)");
        CHECK(code_of(decrypt_bureau_secret(f, "")) == Errc::wrong_passphrase);
    }
    SECTION("corrupted: every byte after the cost fields") {
        // Salt, nonce, ciphertext and tag: all authenticated, all look like a wrong passphrase.
        for (size_t i = 24; i < f.size(); ++i) {
            Bytes x = f;
            x[i] ^= 0x01;
            CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::wrong_passphrase);
        }
    }
    SECTION("corrupted cost fields") {
        // Lower ops/mem still pass the range check, then fail authentication (AD).
        Bytes x = f;
        x[16] ^= 0x01;  // memlimit 8192 -> 8193
        CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::wrong_passphrase);
        x = f;
        x[8] = 2;  // opslimit 1 -> 2
        CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::wrong_passphrase);
    }
    SECTION("absurd cost refused before the KDF runs") {
        Bytes x = f;
        x[16 + 6] = 0x01;  // memlimit ~ 2^48
        auto r = decrypt_bureau_secret(x, pass);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::bad_format);
        CHECK(r.error().message.find("memlimit") != std::string::npos);
        x = f;
        x[8 + 7] = 0x80;  // opslimit ~ 2^63
        r = decrypt_bureau_secret(x, pass);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("opslimit") != std::string::npos);
        x = f;
        std::fill(x.begin() + 8, x.begin() + 16, 0);  // opslimit 0
        CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::bad_format);
        CHECK(encrypt_bureau_secret(k, pass, PwhashCost{1, 1ull << 31}).empty());
    }
    SECTION("size and magic") {
        for (size_t n : {size_t{0}, size_t{8}, size_t{263}})
            CHECK(code_of(decrypt_bureau_secret(ByteView(f.data(), n), pass)) == Errc::bad_format);
        Bytes x = f;
        x.push_back(0);
        CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::bad_format);
        x = f;
        x[7] = '2';
        CHECK(code_of(decrypt_bureau_secret(x, pass)) == Errc::bad_format);
    }
    SECTION("secret keys that do not match the public keys") {
        // A writer bug, not an attack: the file authenticates but the pairs disagree.
        BureauSecretKeys bad;
        bad.pub = k.pub;
        bad.seal_sk = SecureBuffer(generate_seal_keypair().sk.view());
        bad.sign_sk = SecureBuffer(k.sign_sk.view());
        auto r = decrypt_bureau_secret(encrypt_bureau_secret(bad, pass, pwhash_min()), pass);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::bad_format);
        CHECK(r.error().message.find("seal secret key does not match") != std::string::npos);

        bad.seal_sk = SecureBuffer(k.seal_sk.view());
        bad.sign_sk = SecureBuffer(generate_sign_keypair().sk.view());
        r = decrypt_bureau_secret(encrypt_bureau_secret(bad, pass, pwhash_min()), pass);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("sign secret key does not match") != std::string::npos);
    }
}
