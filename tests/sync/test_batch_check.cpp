// check_batch (the importer's sorting pass) and verify_batch_signature (its signature check
// on a file it parsed once) must decide exactly as parse_batch and verify_batch do.
#include <catch2/catch.hpp>

#include "sk/sync/batch.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

namespace {

// Same verdict, same code and message; on success the same kiosk, header and record count.
void require_same_verdict(ByteView file) {
    auto full = parse_batch(file);
    auto light = check_batch(file);
    REQUIRE(full.ok() == light.ok());
    if (!full) {
        CHECK(light.error().code == full.error().code);
        CHECK(light.error().message == full.error().message);
        return;
    }
    CHECK(light->kiosk == full->kiosk);
    CHECK(light->header == full->header);
    CHECK(light->records == full->records.size());
}

}  // namespace

TEST_CASE("check_batch decides like parse_batch on good and malformed files",
          "[sync][batch][check]") {
    auto kiosk = kiosk_a();
    const auto id = kiosk.id();
    Bytes e1 = envelope(1), e2 = envelope(2);
    Bytes again = envelope(1, crypto::RecordKind::tip, "different text, same id");
    Bytes too_many = raw_batch_payload(id, header(1), {e1});
    too_many[61] = 2;
    Bytes trailing = raw_batch_payload(id, header(1), {e1});
    trailing.push_back(0);
    const std::vector<Bytes> payloads = {
        raw_batch_payload(id, header(1), {e1, e2}),
        raw_batch_payload(id, header(1), {}),
        raw_batch_payload(id, header(1), {e1}, 1, "SKBATCH2"),
        raw_batch_payload(id, header(1), {e1}, 2),
        raw_batch_payload(kiosk_b().id(), header(1), {e1}),
        raw_batch_payload(id, header(1), {e1, e2, again}),
        raw_batch_payload(id, header(1), {e1, Bytes(700, 0x42)}),
        raw_batch_payload(id, header(1), {Bytes{}}),
        raw_batch_payload(id, header(0), {e1}),
        raw_batch_payload(id, header(1, {}, 20261301), {e1}),
        too_many,
        trailing,
    };
    for (const Bytes& p : payloads) require_same_verdict(sign_raw_batch(p, kiosk));

    const Bytes file = sign_raw_batch(payloads.front(), kiosk);
    REQUIRE(check_batch(file).ok());
    CHECK(check_batch(file)->records == 2);
    for (size_t n = 0; n < file.size(); ++n) require_same_verdict(ByteView(file.data(), n));
    for (size_t i = 0; i < file.size(); ++i) {
        Bytes t = file;
        t[i] ^= 0x01;
        require_same_verdict(t);
    }
    require_same_verdict(Bytes(kMaxBatchFileBytes + 1, 0));
}

TEST_CASE("verify_batch_signature decides like verify_batch on a parsed file",
          "[sync][batch][check]") {
    auto a = kiosk_a();
    auto b = kiosk_b();
    std::vector<Bytes> envs = {envelope(1), envelope(2)};
    auto built = build_batch(header(1), views(envs), a);
    REQUIRE(built.ok());
    const Bytes& file = built.value();
    CHECK(verify_batch_signature(file, a.pk).ok());
    auto other = verify_batch_signature(file, b.pk);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == verify_batch(file, b.pk).error().code);
    CHECK(other.error().message == verify_batch(file, b.pk).error().message);

    size_t parsed_flips = 0;
    for (size_t i = 0; i < file.size(); ++i) {
        Bytes t = file;
        t[i] ^= 0x80;
        if (!parse_batch(t)) continue;  // the importer stops before the signature check
        ++parsed_flips;
        auto full = verify_batch(t, a.pk);
        auto sig = verify_batch_signature(t, a.pk);
        REQUIRE_FALSE(full.ok());
        REQUIRE_FALSE(sig.ok());
        CHECK(sig.error().code == full.error().code);
        CHECK(sig.error().message == full.error().message);
    }
    CHECK(parsed_flips > 0);  // flips in the signature and sealed bodies still parse
}
