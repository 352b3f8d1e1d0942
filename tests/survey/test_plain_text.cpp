// Plain text (kiosk names, survey titles, labels) and what sign-survey refuses (issue 12,
// items 10 and 13).
#include <catch2/catch.hpp>

#include "sk/survey/plain_text.hpp"
#include "sk/survey/publish_check.hpp"

using namespace sk;
using namespace sk::survey;

TEST_CASE("plain text: UTF-8, no control or bidi characters, length in characters",
          "[survey][text]") {
    const PlainTextRule line{5, false, true};
    CHECK(check_plain_text("城关小学", line) == PlainTextProblem::none);
    CHECK(check_plain_text("城关第一小学", line) == PlainTextProblem::too_long);  // 6 > 5
    CHECK(check_plain_text("abcde", line) == PlainTextProblem::none);
    CHECK(check_plain_text("", line) == PlainTextProblem::empty);
    CHECK(check_plain_text("  ", line) == PlainTextProblem::empty);
    CHECK(check_plain_text("a\xff", line) == PlainTextProblem::invalid_utf8);
    CHECK(check_plain_text("\xc0\xaf", line) == PlainTextProblem::invalid_utf8);  // overlong
    CHECK(check_plain_text(std::string("a\0b", 3), line) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\x07", line) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\x1b[", line) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\x7f", line) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\xc2\x85", line) == PlainTextProblem::control_char);  // U+0085
    CHECK(check_plain_text("a\nb", line) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\nb", {5, true, true}) == PlainTextProblem::none);
    CHECK(check_plain_text("a\rb", {5, true, true}) == PlainTextProblem::control_char);
    CHECK(check_plain_text("a\xe2\x80\xae", line) == PlainTextProblem::bidi_control);  // U+202E
    CHECK(check_plain_text("a\xe2\x81\xa6", line) == PlainTextProblem::bidi_control);  // U+2066
    CHECK(check_plain_text("a\xe2\x80\x8f", line) == PlainTextProblem::bidi_control);  // U+200F
    CHECK(check_plain_text("", {5, false, false}) == PlainTextProblem::none);
}

namespace {
Survey small_survey() {
    Survey s;
    s.id = "wellbeing";
    s.version = 1;
    s.expires = {2026, 6, 30};
    s.title.zh_cn = "教师工作状态调查";
    s.title.en = "Staff survey";
    s.intro.zh_cn = "第一段。\n第二段。";
    Question q;
    q.id = "role";
    q.text.zh_cn = "您的岗位？";
    Option o;
    o.value = "teacher";
    o.label.zh_cn = "教师";
    q.options.push_back(o);
    s.questions.push_back(q);
    return s;
}
}  // namespace

TEST_CASE("publish check: expired surveys and bad or huge texts are refused", "[survey][text]") {
    const Date today{2026, 6, 30};
    Survey s = small_survey();
    CHECK(check_publishable(s, today).ok());  // the expiry day itself is still open
    CHECK(check_publishable(s, {2026, 7, 1}).error().message.find("expired on 2026-06-30") !=
          std::string::npos);

    auto refused = [&](Survey bad) {
        auto r = check_publishable(bad, today);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::invalid_argument);
        return r.error().message;
    };
    Survey t = small_survey();
    t.title.zh_cn = std::string(200000, 'x');
    CHECK(refused(t).find("title (zh-CN) is longer than 200 characters") != std::string::npos);
    t.title.zh_cn = std::string("a\0b", 3);
    CHECK(refused(t).find("title (zh-CN) contains a control character") != std::string::npos);
    t.title.zh_cn = "ding\x07";
    CHECK(refused(t).find("control character") != std::string::npos);
    t = small_survey();
    t.title.en = "gpj.exe\xe2\x80\xae";
    CHECK(refused(t).find("title (en) contains a bidirectional") != std::string::npos);
    t = small_survey();
    t.questions[0].options[0].label.zh_cn = "教\n师";
    CHECK(refused(t).find("questions[0].options[0].label (zh-CN)") != std::string::npos);
    t = small_survey();
    t.questions[0].text.zh_cn = std::string(2001, 'q');
    CHECK(refused(t).find("questions[0].text (zh-CN) is longer than 2000") != std::string::npos);
}
