#include <nlohmann/json.hpp>

#include <string>

#include "sk/survey/json_writer.hpp"
#include "sk/survey/response.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;
using nlohmann::json;

namespace {

const Survey& all_types() {
    static const Survey s = sk::survey::test::parse_ok(sk::survey::test::kAllTypesSurvey);
    return s;
}

// Text that exercises every escaping rule, plus multi-byte UTF-8.
const std::string kNasty = "他说：\"躺平\" \\ 不作为\n第二行\r\t\b\f\x01\x1f\x7f end 😀 / </script>";

std::string str(const sk::crypto::SecureBuffer& b) {
    return std::string(b.str());
}

}  // namespace

TEST_CASE("a small response serializes to the exact compact JSON", "[survey][response]") {
    sk::survey::test::setup();
    Answers a;
    a.set("s", Answer::of_choice("no"));
    a.set("r", Answer::of_integer(5));
    auto r = serialize_response(all_types(), a, "zh-CN");
    REQUIRE(r.ok());
    CHECK(str(*r) ==
          R"({"type":"response","format":"sk-response-1","survey":"all-types","survey_version":3,)"
          R"("lang":"zh-CN","answers":{"s":"no","r":5}})");
}

TEST_CASE("response round trip with every type and hard strings", "[survey][response]") {
    sk::survey::test::setup();
    const Survey& s = all_types();
    Answers a;
    a.set("s", Answer::of_choice("yes"));
    a.set("m", Answer::of_choices({"b", "a"}));  // tapped b first
    a.set("l", Answer::of_integer(4));
    a.set("r", Answer::of_integer(0));
    a.set("st", Answer::of_text("引号\"与\\斜杠"));
    a.set("lt", Answer::of_text(kNasty));
    a.set("n", Answer::of_integer(42));
    a.set("x", Answer::of_number(0.1));
    a.set("d", Answer::of_date({2026, 11, 3}));

    auto buf = serialize_response(s, a, "en");
    REQUIRE(buf.ok());
    const std::string text = str(*buf);
    CHECK(text.find('\n') == std::string::npos);  // control characters are escaped
    CHECK(text.find("\\u0001") != std::string::npos);
    CHECK(text.find("\\u001f") != std::string::npos);

    // Valid JSON by an independent parser, with the same values.
    json j = json::parse(text);
    CHECK(j.size() == 6);  // no timestamp or anything else beyond the documented keys
    CHECK(j["type"] == "response");
    CHECK(j["format"] == "sk-response-1");
    CHECK(j["survey"] == "all-types");
    CHECK(j["survey_version"] == 3);
    CHECK(j["lang"] == "en");
    const json& ans = j["answers"];
    CHECK(ans["m"] == json::array({"a", "b"}));  // option order, not tap order
    CHECK(ans["lt"].get<std::string>() == kNasty);
    CHECK(ans["st"].get<std::string>() == "引号\"与\\斜杠");
    CHECK(ans["x"].get<double>() == 0.1);
    CHECK(ans["d"] == "2026-11-03");
    CHECK(ans["r"] == 0);

    auto header = parse_response_header(buf->view());
    REQUIRE(header.ok());
    CHECK(header->survey_id == "all-types");
    CHECK(header->survey_version == 3);
    CHECK(header->lang == "en");

    auto back = parse_response(buf->view(), s);
    INFO((back.ok() ? "" : back.error().message));
    REQUIRE(back.ok());
    const Answers& b = back->answers;
    CHECK(b.size() == 9);
    CHECK(b.find("s")->choice() == "yes");
    CHECK(b.find("m")->choices() == std::vector<std::string>{"a", "b"});
    CHECK(b.find("l")->integer() == 4);
    CHECK(b.find("r")->integer() == 0);
    CHECK(b.find("st")->text() == "引号\"与\\斜杠");
    CHECK(b.find("lt")->text() == kNasty);
    CHECK(b.find("n")->integer() == 42);
    CHECK(b.find("x")->kind() == Answer::Kind::number);
    CHECK(b.find("x")->number() == 0.1);
    CHECK(b.find("d")->date() == Date{2026, 11, 3});
}

TEST_CASE("hidden and blank answers are left out", "[survey][response]") {
    sk::survey::test::setup();
    Answers a;
    a.set("s", Answer::of_choice("no"));
    a.set("m", Answer::of_choices({"a", "b", "c"}));  // hidden (and invalid): ignored
    a.set("st", Answer::of_text(" "));
    auto r = serialize_response(all_types(), a, "zh-CN");
    REQUIRE(r.ok());
    json j = json::parse(str(*r));
    CHECK(j["answers"] == json::object({{"s", "no"}}));
}

TEST_CASE("serialize_response refuses what the bureau would reject", "[survey][response]") {
    sk::survey::test::setup();
    Answers a;
    auto missing = serialize_response(all_types(), a, "zh-CN");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == sk::Errc::invalid_argument);
    CHECK(missing.error().message == "answer to question 's' is not valid: required");

    a.set("s", Answer::of_choice("no"));
    auto lang = serialize_response(all_types(), a, "fr");
    REQUIRE_FALSE(lang.ok());
    CHECK(lang.error().message.find("unsupported language") != std::string::npos);

    a.set("st", Answer::of_text("bad \xC3("));
    auto utf8 = serialize_response(all_types(), a, "zh-CN");
    REQUIRE_FALSE(utf8.ok());
    CHECK(utf8.error().message.find("invalid_utf8") != std::string::npos);
}

TEST_CASE("demo surveys serialize and parse back", "[survey][response]") {
    sk::survey::test::setup();
    const Survey s = sk::survey::test::load_survey("assets/surveys/staff-workstyle.json");
    Answers a;
    a.set("role", Answer::of_choice("teacher"));
    a.set("years", Answer::of_choice("5to15"));
    a.set("attitude", Answer::of_integer(2));
    a.set("efficiency", Answer::of_integer(2));
    a.set("lying_flat_seen", Answer::of_choice("yes"));
    a.set("lying_flat_kinds", Answer::of_choices({"slow_action", "perfunctory_lessons"}));
    a.set("lying_flat_frequency", Answer::of_choice("weekly"));
    a.set("absent_known", Answer::of_choice("yes"));
    a.set("absent_count", Answer::of_integer(2));
    a.set("absent_since", Answer::of_date({2025, 9, 1}));
    a.set("workload", Answer::of_integer(8));
    a.set("suggestions", Answer::of_text("希望减少迎检材料。"));
    auto buf = serialize_response(s, a, "zh-CN");
    INFO((buf.ok() ? "" : buf.error().message));
    REQUIRE(buf.ok());
    auto back = parse_response(buf->view(), s);
    REQUIRE(back.ok());
    CHECK(back->answers.size() == 12);
    CHECK(back->answers.find("suggestions")->text() == "希望减少迎检材料。");
}

TEST_CASE("parse_response is strict", "[survey][response]") {
    sk::survey::test::setup();
    const Survey& s = all_types();
    const std::string head =
        R"({"type":"response","format":"sk-response-1","survey":"all-types","survey_version":3,"lang":"zh-CN","answers":)";
    struct Case {
        std::string json;
        sk::Errc code;
        std::string expect;
    };
    const std::vector<Case> cases = {
        {"nope", sk::Errc::bad_format, "response is not valid JSON"},
        {R"({"type":"tip"})", sk::Errc::bad_format, "not a response record"},
        {R"({"type":"response","format":"sk-response-9"})", sk::Errc::unsupported_version,
         "unsupported response format"},
        {head + R"({"s":"no"},"time":"10:31"})", sk::Errc::bad_format, "unknown key 'time'"},
        {R"({"type":"response","format":"sk-response-1","survey":"other","survey_version":3,"lang":"zh-CN","answers":{}})",
         sk::Errc::conflict, "response is for survey 'other' v3, not 'all-types' v3"},
        {R"({"type":"response","format":"sk-response-1","survey":"all-types","survey_version":2,"lang":"zh-CN","answers":{}})",
         sk::Errc::conflict, "not 'all-types' v3"},
        {R"({"type":"response","format":"sk-response-1","survey":"all-types","survey_version":3,"lang":"de","answers":{}})",
         sk::Errc::bad_format, "unsupported language 'de'"},
        {head + "[]}", sk::Errc::bad_format, "'answers' must be an object"},
        {head + R"({"s":"no","q99":1}})", sk::Errc::bad_format, "answer to unknown question 'q99'"},
        {head + R"({"s":1}})", sk::Errc::bad_format, "answer to 's' is not a valid single answer"},
        {head + R"({"s":"no","r":"5"}})", sk::Errc::bad_format, "not a valid rating10 answer"},
        {head + R"({"s":"no","r":2.5}})", sk::Errc::bad_format, "not a valid rating10 answer"},
        {head + R"({"s":"no","d":"2026-2-3"}})", sk::Errc::bad_format, "not a valid date answer"},
        {head + R"({"s":"yes","m":["a",1]}})", sk::Errc::bad_format, "not a valid multi answer"},
        {head + R"({"s":"no","m":["a"]}})", sk::Errc::bad_format, "answer to hidden question 'm'"},
        {head + R"({"s":"no","r":11}})", sk::Errc::bad_format,
         "answer to 'r' is not valid: out_of_range"},
        {head + R"({"r":1}})", sk::Errc::bad_format, "answer to 's' is not valid: required"},
        {head + R"({"s":"no","n":1.5}})", sk::Errc::bad_format, "not valid: not_integer"},
    };
    for (const auto& c : cases) {
        INFO(c.json);
        auto r = parse_response(c.json, s);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().code == c.code);
        CHECK(r.error().message.find(c.expect) != std::string::npos);
    }
    auto ok = parse_response(head + R"({"s":"no","n":7.0}})", s);
    REQUIRE(ok.ok());
    CHECK(ok->answers.find("n")->numeric() == 7.0);
}

TEST_CASE("SecureJsonWriter output and refusals", "[survey][response]") {
    sk::survey::test::setup();
    SecureJsonWriter w(4);  // tiny, to force growth
    w.begin_object();
    w.key("a");
    w.begin_array();
    w.integer(-9223372036854775807LL - 1);
    w.number(1e300);
    w.number(-0.5);
    w.boolean(true);
    w.string("");
    w.begin_object();
    w.end_object();
    w.end_array();
    w.key("b");
    w.string(std::string(5000, 'x'));
    w.end_object();
    REQUIRE(w.ok());
    auto buf = w.finish();
    json j = json::parse(str(buf));
    CHECK(j["a"][0] == INT64_MIN);
    CHECK(j["a"][1].get<double>() == 1e300);
    CHECK(j["a"][2].get<double>() == -0.5);
    CHECK(j["b"].get<std::string>().size() == 5000);

    SecureJsonWriter bad;
    CHECK_FALSE(bad.number(std::numeric_limits<double>::quiet_NaN()));
    CHECK_FALSE(bad.ok());
    SecureJsonWriter bad2;
    CHECK_FALSE(bad2.string("\xC0\x80"));
    CHECK_FALSE(bad2.ok());
}
