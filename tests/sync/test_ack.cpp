// Acknowledgements: round trip, wrong kiosk, tampering, malformed JSON.
#include <catch2/catch.hpp>

#include "sk/sync/ack.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

namespace {
Ack sample_ack(const crypto::KeyId& kiosk) {
    Ack a;
    a.kiosk = kiosk;
    a.issued = "2026-03-15T08:00:00Z";
    crypto::Hash h1, h2;
    h1.fill(0x11);
    h2.fill(0x22);
    a.batches = {AckEntry{1, h1, 3}, AckEntry{2, h2, 0}};
    return a;
}

Bytes signed_json(const std::string& json, crypto::SignContext ctx = crypto::SignContext::ack) {
    return crypto::make_signed_file(ctx, json, bureau_sign());
}
}  // namespace

TEST_CASE("ack round trip", "[sync][ack]") {
    auto bureau = bureau_sign();
    const auto kiosk = kiosk_a().id();
    auto f = build_ack(sample_ack(kiosk), bureau);
    REQUIRE(f.ok());
    auto a = verify_ack(*f, bureau.pk, kiosk);
    REQUIRE(a.ok());
    CHECK(a->kiosk == kiosk);
    CHECK(a->issued == "2026-03-15T08:00:00Z");
    CHECK(a->batches == sample_ack(kiosk).batches);
    // Payload is compact JSON in the documented key order.
    auto sf = crypto::parse_signed_file(*f);
    REQUIRE(sf.ok());
    const std::string text(sf->payload.begin(), sf->payload.end());
    CHECK(text.rfind("{\"format\":\"sk-ack-1\",\"kiosk\":\"" + to_hex(kiosk) +
                         "\",\"issued\":\"2026-03-15T08:00:00Z\",\"batches\":[{\"seq\":1,",
                     0) == 0);
}

TEST_CASE("ack for another kiosk is rejected", "[sync][ack]") {
    auto bureau = bureau_sign();
    const auto a = kiosk_a().id(), b = kiosk_b().id();
    auto f = build_ack(sample_ack(b), bureau);
    REQUIRE(f.ok());
    auto r = verify_ack(*f, bureau.pk, a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::wrong_key);
    CHECK(r.error().message ==
          "acknowledgement is for kiosk " + to_hex(b) + ", this kiosk is " + to_hex(a));
}

TEST_CASE("ack with any flipped byte is rejected", "[sync][ack]") {
    auto bureau = bureau_sign();
    const auto kiosk = kiosk_a().id();
    auto f = build_ack(sample_ack(kiosk), bureau);
    REQUIRE(f.ok());
    size_t accepted = 0;
    for (size_t i = 0; i < f->size(); ++i) {
        Bytes t = *f;
        t[i] ^= 0x04;
        if (verify_ack(t, bureau.pk, kiosk).ok()) ++accepted;
    }
    CHECK(accepted == 0);
}

TEST_CASE("ack signed by another key, unsigned or in another context is rejected", "[sync][ack]") {
    const auto kiosk = kiosk_a().id();
    auto f = build_ack(sample_ack(kiosk), other_bureau_sign());
    REQUIRE(f.ok());
    CHECK(verify_ack(*f, bureau_sign().pk, kiosk).error().code == Errc::wrong_key);

    auto sf = crypto::parse_signed_file(*f);
    REQUIRE(sf.ok());
    auto unsigned_r = verify_ack(sf->payload, bureau_sign().pk, kiosk);
    REQUIRE_FALSE(unsigned_r.ok());
    CHECK(unsigned_r.error().code == Errc::bad_format);
    CHECK(unsigned_r.error().message.find("unsigned JSON") != std::string::npos);

    const std::string json(sf->payload.begin(), sf->payload.end());
    auto ctx =
        verify_ack(signed_json(json, crypto::SignContext::status_board), bureau_sign().pk, kiosk);
    REQUIRE_FALSE(ctx.ok());
    CHECK(ctx.error().code == Errc::bad_format);
}

TEST_CASE("ack with malformed JSON is rejected", "[sync][ack]") {
    const auto kiosk = kiosk_a().id();
    const std::string k = to_hex(kiosk);
    const std::string h64(64, 'a');
    auto code = [&](const std::string& json) {
        auto r = verify_ack(signed_json(json), bureau_sign().pk, kiosk);
        return r.ok() ? Errc::ok : r.error().code;
    };
    const std::string good = "{\"format\":\"sk-ack-1\",\"kiosk\":\"" + k +
                             "\",\"issued\":\"2026-03-15T08:00:00Z\",\"batches\":[{\"seq\":1,"
                             "\"hash\":\"" +
                             h64 + "\",\"records\":2}]}";
    CHECK(code(good) == Errc::ok);
    CHECK(code("{not json") == Errc::bad_format);
    CHECK(code("[]") == Errc::bad_format);
    CHECK(code("{}") == Errc::bad_format);
    auto with = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        s.replace(s.find(from), from.size(), to);
        return s;
    };
    CHECK(code(with("sk-ack-1", "sk-ack-2")) == Errc::unsupported_version);
    CHECK(code(with(k, "00")) == Errc::bad_format);
    CHECK(code(with("2026-03-15T08:00:00Z", "2026-03-15 08:00")) == Errc::bad_format);
    CHECK(code(with("\"seq\":1", "\"seq\":0")) == Errc::bad_format);
    CHECK(code(with("\"seq\":1", "\"seq\":-1")) == Errc::bad_format);
    CHECK(code(with("\"seq\":1", "\"seq\":1.5")) == Errc::bad_format);
    CHECK(code(with(h64, std::string(64, 'A'))) == Errc::bad_format);
    CHECK(code(with(h64, std::string(62, 'a'))) == Errc::bad_format);
    CHECK(code(with("\"records\":2", "\"records\":5001")) == Errc::bad_format);
    CHECK(code(with("[{", "[7,{")) == Errc::bad_format);
}

TEST_CASE("build_ack refuses bad input", "[sync][ack]") {
    auto a = sample_ack(kiosk_a().id());
    a.issued = "yesterday";
    CHECK(build_ack(a, bureau_sign()).error().code == Errc::invalid_argument);
    a = sample_ack(kiosk_a().id());
    a.batches[0].seq = 0;
    CHECK(build_ack(a, bureau_sign()).error().code == Errc::invalid_argument);
}
