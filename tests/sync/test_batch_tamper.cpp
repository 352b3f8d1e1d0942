// Tampering with a signed batch file: every change must be caught by verify_batch.
#include <catch2/catch.hpp>

#include "sk/sync/batch.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

namespace {
Bytes small_batch(const crypto::SignKeyPair& kiosk) {
    std::vector<Bytes> envs = {envelope(1)};
    auto f = build_batch(header(1), views(envs), kiosk);
    if (!f) throw std::runtime_error(f.error().message);
    return std::move(f).value();
}
}  // namespace

TEST_CASE("every single-byte flip of a batch file is rejected", "[sync][batch][tamper]") {
    auto kiosk = kiosk_a();
    const Bytes file = small_batch(kiosk);
    REQUIRE(verify_batch(file, kiosk.pk).ok());
    size_t accepted = 0;
    for (size_t i = 0; i < file.size(); ++i) {
        for (uint8_t mask : {uint8_t{0x01}, uint8_t{0x80}}) {
            Bytes t = file;
            t[i] ^= mask;
            if (verify_batch(t, kiosk.pk).ok()) {
                ++accepted;
                UNSCOPED_INFO("flip accepted at offset " << i);
            }
        }
    }
    CHECK(accepted == 0);
}

TEST_CASE("every truncation of a batch file is rejected", "[sync][batch][tamper]") {
    auto kiosk = kiosk_a();
    const Bytes file = small_batch(kiosk);
    size_t accepted = 0;
    for (size_t n = 0; n < file.size(); ++n) {
        if (verify_batch(ByteView(file.data(), n), kiosk.pk).ok()) ++accepted;
        // parse_batch does not check the signature, but must still refuse a cut file.
        if (parse_batch(ByteView(file.data(), n)).ok()) ++accepted;
    }
    CHECK(accepted == 0);
}

TEST_CASE("batch signed by another kiosk is rejected", "[sync][batch][tamper]") {
    auto a = kiosk_a();
    auto b = kiosk_b();
    const Bytes file = small_batch(b);
    auto r = verify_batch(file, a.pk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::wrong_key);
    CHECK(r.error().message.find(to_hex(b.id())) != std::string::npos);
}

TEST_CASE("kiosk B re-signing kiosk A's payload is caught", "[sync][batch][tamper]") {
    auto a = kiosk_a();
    auto b = kiosk_b();
    auto sf = crypto::parse_signed_file(small_batch(a));
    REQUIRE(sf.ok());
    // The payload still names kiosk A; B's signature verifies, but attribution must fail.
    const Bytes forged = crypto::make_signed_file(crypto::SignContext::batch, sf->payload, b);
    auto r = verify_batch(forged, b.pk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK_FALSE(parse_batch(forged).ok());
}

TEST_CASE("record appended after signing is rejected", "[sync][batch][tamper]") {
    auto kiosk = kiosk_a();
    const Bytes file = small_batch(kiosk);
    const Bytes extra = envelope(9);

    SECTION("appended to the end of the file") {
        Bytes t = file;
        put_u32le(t, static_cast<uint32_t>(extra.size()));
        append(t, extra);
        CHECK_FALSE(verify_batch(t, kiosk.pk).ok());
        CHECK_FALSE(parse_batch(t).ok());
    }
    SECTION("spliced into the payload with count and lengths fixed, old signature kept") {
        auto sf = crypto::parse_signed_file(file);
        REQUIRE(sf.ok());
        Bytes payload = sf->payload;
        payload[61] += 1;  // record count
        put_u32le(payload, static_cast<uint32_t>(extra.size()));
        append(payload, extra);
        // Rebuild the container by hand around the longer payload with the old signature.
        const size_t header_len = file.size() - sf->payload.size() - crypto::kSignatureBytes;
        Bytes t(file.begin(), file.begin() + static_cast<long>(header_len));
        Bytes len;
        put_u32le(len, static_cast<uint32_t>(payload.size()));
        std::copy(len.begin(), len.end(), t.end() - 4);
        append(t, payload);
        append(t, ByteView(file.data() + file.size() - crypto::kSignatureBytes,
                           crypto::kSignatureBytes));
        REQUIRE(parse_batch(t).ok());  // structurally fine ...
        auto r = verify_batch(t, kiosk.pk);
        REQUIRE_FALSE(r.ok());  // ... but the signature no longer matches
        CHECK(r.error().code == Errc::bad_signature);
    }
}

TEST_CASE("batch in another signed context is rejected", "[sync][batch][tamper]") {
    auto kiosk = kiosk_a();
    auto sf = crypto::parse_signed_file(small_batch(kiosk));
    REQUIRE(sf.ok());
    const Bytes as_ack = crypto::make_signed_file(crypto::SignContext::ack, sf->payload, kiosk);
    auto r = verify_batch(as_ack, kiosk.pk);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(r.error().message.find("'ack'") != std::string::npos);
    // An unsigned payload is not a batch file either.
    CHECK(parse_batch(sf->payload).error().code == Errc::bad_format);
}
