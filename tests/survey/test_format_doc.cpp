// The examples in docs/SURVEY_FORMAT.md must parse, so the spec and the code cannot drift.
#include <string>
#include <vector>

#include "../common/format_vectors.hpp"
#include "sk/bytes.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"
#include "sk/survey/tip_categories.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;

namespace {

std::vector<std::string> json_blocks(const std::string& md) {
    std::vector<std::string> out;
    const std::string open = "```json\n";
    size_t pos = 0;
    while ((pos = md.find(open, pos)) != std::string::npos) {
        pos += open.size();
        const size_t end = md.find("```", pos);
        REQUIRE(end != std::string::npos);
        out.push_back(md.substr(pos, end - pos));
        pos = end + 3;
    }
    return out;
}

const std::string* block_with(const std::vector<std::string>& blocks, const std::string& needle) {
    for (const auto& b : blocks) {
        if (b.find(needle) != std::string::npos) return &b;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("docs/SURVEY_FORMAT.md examples parse", "[survey][doc]") {
    sk::survey::test::setup();
    const auto blocks = json_blocks(sk::survey::test::read_asset("docs/SURVEY_FORMAT.md"));

    const std::string* survey_json = block_with(blocks, "\"format\": \"sk-survey-1\"");
    REQUIRE(survey_json);
    const Survey s = sk::survey::test::parse_ok(*survey_json);

    const std::string* response_json = block_with(blocks, "\"format\":\"sk-response-1\"");
    REQUIRE(response_json);
    auto r = parse_response(*response_json, s);
    INFO((r.ok() ? "" : r.error().message));
    REQUIRE(r.ok());
    CHECK(r->answers.size() == 6);
    // Re-serialising gives back the documented bytes.
    auto again = serialize_response(s, r->answers, r->header.lang);
    REQUIRE(again.ok());
    std::string doc = *response_json;
    while (!doc.empty() && doc.back() == '\n') doc.pop_back();
    CHECK(std::string(again->str()) == doc);

    const std::string* tip_json = block_with(blocks, "\"format\":\"sk-tip-1\"");
    REQUIRE(tip_json);
    auto tip = parse_tip(*tip_json);
    INFO((tip.ok() ? "" : tip.error().message));
    REQUIRE(tip.ok());
    CHECK(tip->anonymous());

    const std::string* cats_json = block_with(blocks, "\"format\": \"sk-tip-categories-1\"");
    REQUIRE(cats_json);
    CHECK(parse_tip_categories(*cats_json).ok());
}

// FORMAT.md §3: the `ok` seal vectors seal real records, so an independent reader can take
// them through the whole chain (envelope -> record).
TEST_CASE("FORMAT.md seal vectors carry valid tip and response records", "[survey][doc]") {
    const auto vs = sk::testing::load_vectors("seal/ok/");
    REQUIRE(vs.size() >= 3);
    for (const auto& v : vs) {
        INFO(v.name());
        sk::Bytes pt;
        REQUIRE(sk::from_hex(v.at("plaintext"), pt));
        if (v.at("kind") == "01")
            CHECK(parse_tip(pt).ok());
        else
            CHECK(parse_response_header(pt).ok());
    }
}
