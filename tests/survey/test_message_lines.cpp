// Parse errors quote keys and values from the document; a survey (or a response or tip
// record) must not be able to add lines to the bureau operator's terminal through them.
#include <catch2/catch.hpp>

#include <string>

#include "sk/survey/survey.hpp"
#include "sk/survey/tip.hpp"

using namespace sk;
using namespace sk::survey;

namespace {

bool one_line(const Error& e) {
    return !e.message.empty() && e.message.find_first_of("\r\n") == std::string::npos;
}

}  // namespace

TEST_CASE("survey parse errors stay on one line", "[survey][parse]") {
    // JSON escapes \n inside strings; the parser gets a real line break in the value.
    const std::string bad_format = R"({"format":"sk-survey-1\nOK: published"})";
    const std::string bad_key = R"({"format":"sk-survey-1","id\r\nx":1})";
    const std::string bad_type =
        R"({"format":"sk-survey-1","id":"s","version":1,"expires":"2026-12-31",)"
        R"("audience":"staff","title":{"zh-CN":"t"},)"
        R"("questions":[{"id":"q1","type":"single\nall good","text":{"zh-CN":"q"}}]})";
    for (const std::string& doc : {bad_format, bad_key, bad_type}) {
        INFO(doc);
        auto r = parse_survey(doc);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(one_line(r.error()));
        CHECK(r.error().message.find("\\x0a") != std::string::npos);
    }
}

TEST_CASE("tip record parse errors stay on one line", "[survey][tip]") {
    auto r = parse_tip(std::string_view(R"({"type":"tip","format":"sk-tip-1","x\ny":""})"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(one_line(r.error()));
}
