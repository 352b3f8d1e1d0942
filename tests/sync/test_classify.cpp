// Routing incoming files by their signed-file context.
#include <catch2/catch.hpp>

#include "sk/sync/ack.hpp"
#include "sk/sync/classify.hpp"
#include "sk/sync/survey_bundle.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;
using crypto::SignContext;

TEST_CASE("classify_file names the context of each signed file", "[sync][classify]") {
    auto kiosk = kiosk_a();
    auto bureau = bureau_sign();
    std::vector<Bytes> envs = {envelope(1)};
    auto batch = build_batch(header(1), views(envs), kiosk);
    REQUIRE(batch.ok());
    CHECK(*classify_file(*batch) == SignContext::batch);

    Ack a;
    a.kiosk = kiosk.id();
    a.issued = "2026-03-15T08:00:00Z";
    auto ack = build_ack(a, bureau);
    REQUIRE(ack.ok());
    CHECK(*classify_file(*ack) == SignContext::ack);

    auto bundle = sign_survey_bundle(
        std::string(R"({"format":"sk-survey-1","id":"s","version":1,"expires":"2026-12-31"})"),
        bureau);
    REQUIRE(bundle.ok());
    CHECK(*classify_file(*bundle) == SignContext::survey_bundle);

    for (auto ctx :
         {SignContext::status_board, SignContext::provisioning, SignContext::key_rotation}) {
        CHECK(*classify_file(crypto::make_signed_file(ctx, std::string("x"), bureau)) == ctx);
    }
}

TEST_CASE("classify_file refuses what is not a signed file", "[sync][classify]") {
    auto json = classify_file(std::string("  {\"format\":\"sk-survey-1\"}"));
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().code == Errc::bad_format);
    CHECK(json.error().message.find("unsigned JSON") != std::string::npos);
    CHECK(classify_file(Bytes{}).error().code == Errc::bad_format);
    CHECK(classify_file(std::string("SKSF")).error().code == Errc::bad_format);
    CHECK(classify_file(Bytes(200, 0x00)).error().code == Errc::bad_format);
}
