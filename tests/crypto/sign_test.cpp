// Domain-separated signatures and signed files (docs/FORMAT.md §4).
#include <catch2/catch.hpp>

#include "sk/crypto/sign.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;

namespace {
const SignContext kAll[] = {SignContext::batch,         SignContext::ack,
                            SignContext::survey_bundle, SignContext::status_board,
                            SignContext::provisioning,  SignContext::key_rotation};
}

TEST_CASE("crypto: context names", "[crypto][sign]") {
    CHECK(context_name(SignContext::batch) == "batch");
    CHECK(context_name(SignContext::ack) == "ack");
    CHECK(context_name(SignContext::survey_bundle) == "survey-bundle");
    CHECK(context_name(SignContext::status_board) == "status-board");
    CHECK(context_name(SignContext::provisioning) == "provisioning");
    CHECK(context_name(SignContext::key_rotation) == "key-rotation");
    for (SignContext c : kAll) CHECK(context_from_name(context_name(c)).value() == c);
    CHECK(code_of(context_from_name("Batch")) == Errc::bad_format);
    CHECK(code_of(context_from_name("")) == Errc::bad_format);
}

TEST_CASE("crypto: sign and verify with domain separation", "[crypto][sign]") {
    test::setup();
    auto kp = generate_sign_keypair();
    auto other = generate_sign_keypair();
    const std::string msg = "batch #7";
    for (SignContext c : kAll) {
        Signature s = sign(c, msg, kp);
        CHECK(verify(c, msg, s, kp.pk));
        CHECK_FALSE(verify(c, msg, s, other.pk));
        CHECK_FALSE(verify(c, std::string_view("batch #8"), s, kp.pk));
        for (SignContext d : kAll)
            if (d != c) CHECK_FALSE(verify(d, msg, s, kp.pk));
    }
    // A batch signature is not an ack signature.
    Signature s = sign(SignContext::batch, msg, kp);
    CHECK_FALSE(verify(SignContext::ack, msg, s, kp.pk));
    // Ed25519 is deterministic.
    CHECK(sign(SignContext::batch, msg, kp) == s);
}

TEST_CASE("crypto: signed file round trip and layout", "[crypto][sign]") {
    test::setup();
    auto kp = generate_sign_keypair();
    const std::string payload = "{\"records\":[]}";
    Bytes f = make_signed_file(SignContext::survey_bundle, payload, kp);
    REQUIRE(f.size() == 4 + 1 + 1 + 13 + 8 + 4 + payload.size() + 64);
    CHECK(std::string(f.begin(), f.begin() + 4) == "SKSF");
    CHECK(f[4] == 1);
    CHECK(f[5] == 13);
    CHECK(std::string(f.begin() + 6, f.begin() + 19) == "survey-bundle");
    CHECK(get_u32le(f.data() + 27) == payload.size());

    auto p = parse_signed_file(f);
    REQUIRE(p.ok());
    CHECK(p->context == SignContext::survey_bundle);
    CHECK(p->signer == kp.id());
    CHECK(std::string(p->payload.begin(), p->payload.end()) == payload);

    auto o = open_signed_file(f, SignContext::survey_bundle, kp.pk);
    REQUIRE(o.ok());
    CHECK(o->payload == p->payload);

    // The signature is sign(ctx, all bytes before it).
    Signature s{};
    std::copy(f.end() - 64, f.end(), s.begin());
    CHECK(verify(SignContext::survey_bundle, ByteView(f.data(), f.size() - 64), s, kp.pk));

    auto empty = make_signed_file(SignContext::ack, Bytes{}, kp);
    CHECK(open_signed_file(empty, SignContext::ack, kp.pk).value().payload.empty());
}

TEST_CASE("crypto: signed file refusals and messages", "[crypto][sign]") {
    test::setup();
    auto kp = generate_sign_keypair();
    auto other = generate_sign_keypair();
    Bytes ack = make_signed_file(SignContext::ack, std::string_view("ok"), kp);
    auto r = open_signed_file(ack, SignContext::batch, kp.pk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(r.error().message == "signed for 'ack', expected 'batch'");

    r = open_signed_file(ack, SignContext::ack, other.pk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_signature);
    CHECK(r.error().message ==
          "signed by key " + to_hex(kp.id()) + ", expected " + to_hex(other.id()));

    Bytes x = ack;
    x[4] = 2;
    CHECK(code_of(parse_signed_file(x)) == Errc::unsupported_version);
    x = ack;
    x[6] = 'b';  // "bck"
    r = parse_signed_file(x);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "unknown signature context 'bck'");
    x = ack;
    x.push_back(0);
    CHECK(code_of(parse_signed_file(x)) == Errc::bad_format);
    for (size_t n = 0; n < ack.size(); ++n) {
        auto t = open_signed_file(ByteView(ack.data(), n), SignContext::ack, kp.pk);
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().code == Errc::bad_format);
    }
}

TEST_CASE("crypto: every bit flip of a signed file is rejected", "[crypto][sign][tamper]") {
    test::setup();
    auto kp = generate_sign_keypair();
    Bytes f = make_signed_file(SignContext::batch, std::string_view("{\"n\":1}"), kp);
    size_t rejected = 0;
    for (size_t i = 0; i < f.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            f[i] ^= static_cast<uint8_t>(1u << bit);
            auto r = open_signed_file(f, SignContext::batch, kp.pk);
            if (!r.ok())
                ++rejected;
            else
                FAIL_CHECK("flip at byte " << i << " bit " << bit << " was accepted");
            f[i] ^= static_cast<uint8_t>(1u << bit);
        }
    }
    CHECK(rejected == f.size() * 8);
    CHECK(open_signed_file(f, SignContext::batch, kp.pk).ok());
}

TEST_CASE("crypto: the view readers decide like the copying ones", "[crypto][sign]") {
    test::setup();
    auto kp = generate_sign_keypair();
    auto other = generate_sign_keypair();
    const Bytes f = make_signed_file(SignContext::batch, std::string_view("{\"n\":1}"), kp);
    auto v = open_signed_file_view(f, SignContext::batch, kp.pk);
    REQUIRE(v.ok());
    CHECK(v->payload.data >= f.data());  // a view into the file, not a copy
    CHECK(v->payload.data + v->payload.size <= f.data() + f.size());
    CHECK(v->payload.to_bytes() == open_signed_file(f, SignContext::batch, kp.pk)->payload);
    for (size_t n = 0; n <= f.size(); ++n) {
        for (uint8_t mask : {uint8_t{0}, uint8_t{0x01}}) {
            Bytes t(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(n));
            if (!t.empty()) t[n / 2] ^= mask;
            for (const auto& pk : {kp.pk, other.pk}) {
                auto copy = open_signed_file(t, SignContext::batch, pk);
                auto view = open_signed_file_view(t, SignContext::batch, pk);
                REQUIRE(copy.ok() == view.ok());
                if (!copy.ok()) CHECK(view.error().message == copy.error().message);
            }
            auto pcopy = parse_signed_file(t);
            auto pview = parse_signed_file_view(t);
            REQUIRE(pcopy.ok() == pview.ok());
            if (!pcopy.ok()) CHECK(pview.error().message == pcopy.error().message);
        }
    }
}
