// Survey bundles: signing, expiry, downgrade refusal, unsigned files.
#include <catch2/catch.hpp>

#include "sk/sync/survey_bundle.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

namespace {
const std::string kSurvey =
    "{\n  \"format\": \"sk-survey-1\",\n  \"id\": \"wellbeing-2026\",\n  \"version\": 3,\n"
    "  \"expires\": \"2026-01-31\",\n  \"title\": {\"zh-CN\": \"\xe6\xa0\xa1\xe5\x9b\xad\", "
    "\"en\": \"Campus\"},\n  \"questions\": []\n}\n";
}

TEST_CASE("survey bundle round trip keeps the bytes exactly", "[sync][bundle]") {
    auto bureau = bureau_sign();
    auto f = sign_survey_bundle(kSurvey, bureau);
    REQUIRE(f.ok());
    auto info = verify_survey_bundle(*f, bureau.pk, "2026-01-15");
    REQUIRE(info.ok());
    CHECK(info->id == "wellbeing-2026");
    CHECK(info->version == 3);
    CHECK(info->expires == "2026-01-31");
    CHECK(info->payload == ByteView(kSurvey).to_bytes());
}

TEST_CASE("expired survey bundle is rejected, the expiry day itself is valid", "[sync][bundle]") {
    auto bureau = bureau_sign();
    auto f = sign_survey_bundle(kSurvey, bureau);
    REQUIRE(f.ok());
    CHECK(verify_survey_bundle(*f, bureau.pk, "2026-01-31").ok());
    auto r = verify_survey_bundle(*f, bureau.pk, "2026-02-01");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::conflict);
    CHECK(r.error().message == "survey bundle 'wellbeing-2026' expired on 2026-01-31");
    CHECK(verify_survey_bundle(*f, bureau.pk, "1 Feb").error().code == Errc::invalid_argument);
}

TEST_CASE("older or equal survey bundle is refused", "[sync][bundle]") {
    SurveyBundleInfo in;
    in.id = "wellbeing-2026";
    in.version = 3;
    auto older = check_bundle_is_newer(5, in);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().code == Errc::conflict);
    CHECK(older.error().message ==
          "survey bundle 'wellbeing-2026' version 3 is older than installed version 5");
    CHECK(check_bundle_is_newer(3, in).error().code == Errc::already_exists);
    CHECK(check_bundle_is_newer(2, in).ok());
    CHECK(check_bundle_is_newer(0, in).ok());
}

TEST_CASE("unsigned survey JSON is refused with a clear message", "[sync][bundle]") {
    auto r = verify_survey_bundle(kSurvey, bureau_sign().pk, "2026-01-15");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(r.error().message.find("unsigned JSON") != std::string::npos);
    CHECK(r.error().message.find("survey bundle") != std::string::npos);
}

TEST_CASE("badly signed survey bundles are refused", "[sync][bundle]") {
    auto bureau = bureau_sign();
    auto other = sign_survey_bundle(kSurvey, other_bureau_sign());
    REQUIRE(other.ok());
    CHECK(verify_survey_bundle(*other, bureau.pk, "2026-01-15").error().code == Errc::wrong_key);

    auto f = sign_survey_bundle(kSurvey, bureau);
    REQUIRE(f.ok());
    size_t accepted = 0;
    for (size_t i = 0; i < f->size(); ++i) {
        Bytes t = *f;
        t[i] ^= 0x20;
        if (verify_survey_bundle(t, bureau.pk, "2026-01-15").ok()) ++accepted;
    }
    CHECK(accepted == 0);

    const Bytes as_board =
        crypto::make_signed_file(crypto::SignContext::status_board, kSurvey, bureau);
    auto r = verify_survey_bundle(as_board, bureau.pk, "2026-01-15");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
}

TEST_CASE("sign_survey_bundle checks the minimal fields", "[sync][bundle]") {
    auto bureau = bureau_sign();
    auto code = [&](const std::string& json) {
        auto r = sign_survey_bundle(json, bureau);
        return r.ok() ? Errc::ok : r.error().code;
    };
    CHECK(code(R"({"format":"sk-survey-1","id":"a","version":1,"expires":"2026-12-31"})") ==
          Errc::ok);
    CHECK(code("not json") == Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-2","id":"a","version":1,"expires":"2026-12-31"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","version":1,"expires":"2026-12-31"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","id":"","version":1,"expires":"2026-12-31"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","id":"a","version":"1","expires":"2026-12-31"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","id":"a","version":0,"expires":"2026-12-31"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","id":"a","version":1,"expires":"2026-02-30"})") ==
          Errc::invalid_argument);
    CHECK(code(R"({"format":"sk-survey-1","id":"a","version":1})") == Errc::invalid_argument);
    // Invalid UTF-8 inside a string.
    CHECK(code("{\"format\":\"sk-survey-1\",\"id\":\"\xff\",\"version\":1,"
               "\"expires\":\"2026-12-31\"}") == Errc::invalid_argument);
}
