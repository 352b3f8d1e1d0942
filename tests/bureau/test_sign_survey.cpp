// sign-survey's own refusals (issue 12, item 13): an expired survey, a huge title, a title
// with NUL, BEL or U+202E. Nothing is signed or stored; a good survey still signs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/survey_registry.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {
// The fixture's survey under another id (the fixture registered the original), changed by `edit`.
std::string variant(const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(test_survey_json());
    j["id"] = "sign-check";
    edit(j);
    return j.dump();
}

Result<Bytes> sign(Bureau& b, const std::string& json, const char* today = "2026-03-14") {
    return sign_survey(b.store(), ByteView(json), crypto::bureau_sign_pair(b.keys()), kNow, today);
}
}  // namespace

TEST_CASE("sign-survey: expired surveys and bad titles are refused and nothing is stored",
          "[bureau][survey]") {
    Bureau b;
    const auto before = b.store().surveys().value().size();
    const std::string bad[] = {
        variant([](nlohmann::json& j) { j["expires"] = "2026-03-13"; }),
        variant([](nlohmann::json& j) { j["title"]["zh-CN"] = std::string(200000, 'x'); }),
        variant([](nlohmann::json& j) { j["title"]["zh-CN"] = std::string("a\0b", 3); }),
        variant([](nlohmann::json& j) { j["title"]["zh-CN"] = "ding\x07"; }),
        variant([](nlohmann::json& j) { j["title"]["en"] = "gpj.exe\xe2\x80\xae"; }),
    };
    for (const auto& json : bad) {
        auto r = sign(b, json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::invalid_argument);
    }
    CHECK(b.store().surveys().value().size() == before);
    // The expiry day itself is fine, and so is a good survey.
    CHECK(sign(b, variant([](nlohmann::json& j) { j["expires"] = "2026-03-14"; })).ok());
    CHECK(b.store().surveys().value().size() == before + 1);
}
