// open_record_into (the importer's arena path) opens exactly what open_record opens, with the
// same errors, and wipes its slot on failure; the benchmark's bare loop counts what it opened.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sk/crypto/baseline.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/sign.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;

TEST_CASE("crypto: open_record_into matches open_record", "[crypto][seal]") {
    const SealKeyPair kp = generate_seal_keypair();
    const std::string text(900, 'x');
    auto env = seal_tip(new_record_id(), text, {kp.pk});
    REQUIRE(env.ok());
    Bytes arena(env->size(), 0xAA);
    auto n = open_record_into(*env, kp, arena.data(), arena.size());
    REQUIRE(n.ok());
    auto whole = open_record(*env, kp);
    REQUIRE(whole.ok());
    CHECK(ByteView(arena.data(), *n).to_bytes() == whole->view().to_bytes());

    SECTION("a wrong key is refused and the slot is wiped") {
        const SealKeyPair other = generate_seal_keypair();
        auto r = open_record_into(*env, other, arena.data(), arena.size());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::wrong_key);
        CHECK(std::all_of(arena.begin(), arena.begin() + 2048, [](uint8_t b) { return b == 0; }));
    }
    SECTION("a tampered body is refused") {
        Bytes bad = *env;
        bad.back() ^= 1;
        auto r = open_record_into(bad, kp, arena.data(), arena.size());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::decrypt_failed);
    }
    SECTION("too little room is refused before anything is written") {
        auto r = open_record_into(*env, kp, arena.data(), 100);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::invalid_argument);
    }
}

TEST_CASE("crypto: the bare import loop counts verified files and opened records",
          "[crypto][baseline]") {
    const SealKeyPair kp = generate_seal_keypair();
    const SignKeyPair signer = generate_sign_keypair();
    auto env = seal_tip(new_record_id(), std::string(900, 'y'), {kp.pk});
    REQUIRE(env.ok());
    const Bytes file = make_signed_file(SignContext::batch, std::string("p"), signer);
    Bytes tampered = *env;
    REQUIRE(tampered.size() > kSealedKeyBytes);
    tampered[kSealedKeyBytes] ^= 1;  // a byte of the sealed content key: it no longer opens
    const size_t ok = baseline::bare_import_slice({file}, {*env, *env, tampered}, signer.pk, kp);
    CHECK(ok == 1 + 2);  // the file and the two intact records
    const SignKeyPair other = generate_sign_keypair();
    CHECK(baseline::bare_import_slice({file}, {}, other.pk, kp) == 0);
}
