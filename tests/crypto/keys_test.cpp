// Key generation, seed derivation and key ids (docs/FORMAT.md §1).
#include <catch2/catch.hpp>

#include <sodium.h>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;

TEST_CASE("crypto: key id is the first 8 bytes of BLAKE2b-256(prefix || pk)", "[crypto][keys]") {
    test::setup();
    auto kp = generate_seal_keypair();
    Bytes msg(std::string_view("sk-keyid-v1").begin(), std::string_view("sk-keyid-v1").end());
    append(msg, kp.pk);
    Hash h = hash(msg);
    KeyId id = key_id_of(kp.pk);
    CHECK(std::equal(id.begin(), id.end(), h.begin()));
    CHECK(kp.id() == id);
    CHECK(key_id_of(generate_seal_keypair().pk) != id);
}

TEST_CASE("crypto: generated key pairs are consistent", "[crypto][keys]") {
    test::setup();
    auto seal = generate_seal_keypair();
    SealPublicKey pk{};
    crypto_scalarmult_base(pk.data(), seal.sk.data());
    CHECK(pk == seal.pk);

    auto sig = generate_sign_keypair();
    REQUIRE(sig.sk.size() == kSignSecretKeyBytes);
    CHECK(std::equal(sig.pk.begin(), sig.pk.end(), sig.sk.data() + 32));

    auto b = generate_bureau_keys();
    CHECK(b.pub.seal_id() == key_id_of(b.pub.seal_pk));
    CHECK(b.pub.sign_id() == key_id_of(b.pub.sign_pk));
    auto sp = bureau_seal_pair(b);
    CHECK(sp.pk == b.pub.seal_pk);
    CHECK(equal_ct(sp.sk.view(), b.seal_sk.view()));
    CHECK(sp.sk.data() != b.seal_sk.data());  // a copy, not an alias
    auto gp = bureau_sign_pair(b);
    CHECK(gp.pk == b.pub.sign_pk);
    CHECK(equal_ct(gp.sk.view(), b.sign_sk.view()));
    CHECK_FALSE(generate_bureau_keys().pub == b.pub);
}

TEST_CASE("crypto: seed derivation is deterministic", "[crypto][keys]") {
    test::setup();
    Bytes s1 = test::filled(0x11, 32), s2 = test::filled(0x12, 32);
    CHECK(seal_keypair_from_seed(s1).pk == seal_keypair_from_seed(s1).pk);
    CHECK(seal_keypair_from_seed(s1).pk != seal_keypair_from_seed(s2).pk);
    CHECK(sign_keypair_from_seed(s1).pk == sign_keypair_from_seed(s1).pk);
    CHECK(sign_keypair_from_seed(s1).pk != sign_keypair_from_seed(s2).pk);
    // Ed25519 secret key = seed || pk.
    auto k = sign_keypair_from_seed(s1);
    CHECK(std::equal(s1.begin(), s1.end(), k.sk.data()));
}
