// Sealed records (docs/FORMAT.md §3): round trips, padding buckets, strict parsing and
// tamper detection (every single bit flip, every truncation).
#include <catch2/catch.hpp>

#include <sodium.h>

#include "sk/crypto/seal.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;
using namespace std::literals;

namespace {

bool is_rejection(Errc c) {
    return c == Errc::decrypt_failed || c == Errc::wrong_key || c == Errc::bad_format ||
           c == Errc::unsupported_version;
}

// Flips every bit of `env` and checks `kp` never opens the result.
void check_every_flip_rejected(const Bytes& env, const SealKeyPair& kp) {
    Bytes x = env;
    size_t rejected = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            x[i] ^= static_cast<uint8_t>(1u << bit);
            auto r = open_record(x, kp);
            if (!r.ok() && is_rejection(r.error().code))
                ++rejected;
            else
                FAIL_CHECK("flip at byte " << i << " bit " << bit << " was not rejected");
            x[i] ^= static_cast<uint8_t>(1u << bit);
        }
    }
    CHECK(rejected == env.size() * 8);
    CHECK(open_record(x, kp).ok());  // and the untouched record still opens
}

}  // namespace

TEST_CASE("crypto: padding buckets", "[crypto][seal]") {
    CHECK(bucket_for(0) == 512);
    CHECK(bucket_for(1) == 512);
    CHECK(bucket_for(510) == 512);
    CHECK(bucket_for(511) == 512);
    CHECK(bucket_for(512) == 2048);
    CHECK(bucket_for(2047) == 2048);
    CHECK(bucket_for(2048) == 8192);
    CHECK(bucket_for(8191) == 8192);
    CHECK(bucket_for(32767) == 32768);
    CHECK(bucket_for(32768) == 0);
    CHECK(envelope_size(0, 1) == 19 + 88 + 24 + 512 + 16);
    CHECK(envelope_size(0, 4) == 19 + 4 * 88 + 24 + 512 + 16);
    CHECK(envelope_size(0, 0) == 0);
    CHECK(envelope_size(0, 5) == 0);
    CHECK(envelope_size(32768, 1) == 0);
}

TEST_CASE("crypto: ciphertext size depends only on the bucket", "[crypto][seal]") {
    test::setup();
    auto kp = generate_seal_keypair();
    const RecordId id = new_record_id();
    for (size_t len : {0, 1, 510, 511, 512, 2047, 8191, 32767}) {
        Bytes pt(len, 'a');
        auto env = seal_record(RecordKind::tip, id, pt, {kp.pk});
        REQUIRE(env.ok());
        CHECK(env->size() == envelope_size(len, 1));
        CHECK(env->size() - (19 + 88 + 24) == bucket_for(len) + 16);
        auto back = open_record(*env, kp);
        REQUIRE(back.ok());
        CHECK(back->view().to_bytes() == pt);
    }
    auto big = seal_record(RecordKind::tip, id, Bytes(32768, 'a'), {kp.pk});
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == Errc::invalid_argument);
}

TEST_CASE("crypto: seal and open round trip with one to four recipients", "[crypto][seal]") {
    test::setup();
    std::vector<SealKeyPair> kps;
    for (int i = 0; i < 5; ++i) kps.push_back(generate_seal_keypair());
    const std::string text = "The lock on the back gate is broken.";
    const RecordId id = new_record_id();
    for (size_t n = 1; n <= kMaxRecipients; ++n) {
        std::vector<SealPublicKey> pks;
        for (size_t i = 0; i < n; ++i) pks.push_back(kps[i].pk);
        auto env = seal_response(id, text, pks);
        REQUIRE(env.ok());
        CHECK(env->size() == envelope_size(text.size(), n));
        auto h = peek_sealed_header(*env);
        REQUIRE(h.ok());
        CHECK(h->kind == RecordKind::survey_response);
        CHECK(h->record_id == id);
        REQUIRE(h->recipients.size() == n);
        for (size_t i = 0; i < n; ++i) {
            CHECK(h->recipients[i] == kps[i].id());
            auto pt = open_record(*env, kps[i]);
            REQUIRE(pt.ok());
            CHECK(pt->str() == text);
        }
        auto other = open_record(*env, kps[4]);
        REQUIRE_FALSE(other.ok());
        CHECK(other.error().code == Errc::wrong_key);
    }
    auto t = seal_tip(id, text, {kps[0].pk});
    REQUIRE(t.ok());
    CHECK(peek_sealed_header(*t)->kind == RecordKind::tip);
    CHECK(seal_tip(id, text, {kps[0].pk}).value() != *t);  // fresh key and nonce
}

TEST_CASE("crypto: seal refuses bad arguments", "[crypto][seal]") {
    test::setup();
    auto a = generate_seal_keypair();
    const RecordId id{};
    CHECK(code_of(seal_tip(id, "x"sv, {})) == Errc::invalid_argument);
    std::vector<SealPublicKey> five(5);
    for (auto& pk : five) pk = generate_seal_keypair().pk;
    CHECK(code_of(seal_tip(id, "x"sv, five)) == Errc::invalid_argument);
    CHECK(code_of(seal_tip(id, "x"sv, {a.pk, a.pk})) == Errc::invalid_argument);
    CHECK(code_of(seal_tip(id, "x"sv, {SealPublicKey{}})) == Errc::invalid_argument);
    CHECK(code_of(seal_record(static_cast<RecordKind>(3), id, "x"sv, {a.pk})) ==
          Errc::invalid_argument);
    CHECK(code_of(seal_record_deterministic(RecordKind::tip, id, "x"sv, {a.pk}, Bytes(31))) ==
          Errc::invalid_argument);
}

TEST_CASE("crypto: wrong recipient key", "[crypto][seal]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto b = generate_seal_keypair();
    auto env = seal_tip(new_record_id(), "tip"sv, {a.pk}).value();
    auto r = open_record(env, b);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::wrong_key);
    CHECK(r.error().message.find(to_hex(b.id())) != std::string::npos);
    // Right id, wrong secret: the sealed key does not open.
    SealKeyPair imposter;
    imposter.pk = a.pk;
    imposter.sk = SecureBuffer(b.sk.view());
    CHECK(code_of(open_record(env, imposter)) == Errc::decrypt_failed);
}

TEST_CASE("crypto: every bit flip of a one-recipient record is rejected",
          "[crypto][seal][tamper]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto env = seal_tip(new_record_id(), "short tip"sv, {a.pk}).value();
    check_every_flip_rejected(env, a);
}

TEST_CASE("crypto: every bit flip of a two-recipient record is rejected for both",
          "[crypto][seal][tamper]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto b = generate_seal_keypair();
    auto env = seal_response(new_record_id(), "{\"q1\":3}"sv, {a.pk, b.pk}).value();
    check_every_flip_rejected(env, a);
    check_every_flip_rejected(env, b);
}

TEST_CASE("crypto: every truncation and extension is rejected", "[crypto][seal][tamper]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto env = seal_tip(new_record_id(), "tip"sv, {a.pk}).value();
    for (size_t n = 0; n < env.size(); ++n) {
        ByteView cut(env.data(), n);
        auto r = open_record(cut, a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::bad_format);
        CHECK_FALSE(peek_sealed_header(cut).ok());
    }
    Bytes longer = env;
    longer.push_back(0);
    CHECK(code_of(open_record(longer, a)) == Errc::bad_format);
}

TEST_CASE("crypto: strict header parsing", "[crypto][seal]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto env = seal_tip(new_record_id(), "tip"sv, {a.pk}).value();
    Bytes x = env;
    x[0] = 2;
    CHECK(code_of(peek_sealed_header(x)) == Errc::unsupported_version);
    x = env;
    x[1] = 3;
    CHECK(code_of(peek_sealed_header(x)) == Errc::bad_format);
    for (uint8_t n : {0, 2, 5, 255}) {
        x = env;
        x[18] = n;
        CHECK(code_of(peek_sealed_header(x)) == Errc::bad_format);
    }
    // A duplicated recipient id is malformed even if the sizes work out.
    auto b = generate_seal_keypair();
    auto two = seal_tip(new_record_id(), "tip"sv, {a.pk, b.pk}).value();
    std::copy(two.begin() + 19, two.begin() + 27, two.begin() + 19 + 88);
    CHECK(code_of(peek_sealed_header(two)) == Errc::bad_format);
    // Ciphertext of a length between buckets.
    x = seal_tip(new_record_id(), std::string(600, 'x'), {a.pk}).value();
    x.resize(x.size() - 100);
    CHECK(code_of(open_record(x, a)) == Errc::bad_format);
}

TEST_CASE("crypto: deterministic sealing opens with the normal code path", "[crypto][seal]") {
    test::setup();
    auto a = generate_seal_keypair();
    auto b = generate_seal_keypair();
    const RecordId id = new_record_id();
    Bytes seed = test::filled(0x5a, 32);
    auto e1 = seal_record_deterministic(RecordKind::tip, id, "det"sv, {a.pk, b.pk}, seed);
    auto e2 = seal_record_deterministic(RecordKind::tip, id, "det"sv, {a.pk, b.pk}, seed);
    REQUIRE(e1.ok());
    REQUIRE(e2.ok());
    CHECK(*e1 == *e2);
    CHECK(seal_record_deterministic(RecordKind::tip, id, "det"sv, {a.pk, b.pk},
                                    test::filled(0x5b, 32))
              .value() != *e1);
    CHECK(open_record(*e1, a).value().str() == "det");
    CHECK(open_record(*e1, b).value().str() == "det");
    // The sealed key slot is a standard crypto_box_seal box.
    uint8_t ck[32];
    REQUIRE(crypto_box_seal_open(ck, e1->data() + 19 + 8, 80, a.pk.data(), a.sk.data()) == 0);
}
