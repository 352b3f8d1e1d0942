#include <catch2/catch.hpp>

#include "sk/survey/date.hpp"
#include "sk/survey/lang.hpp"
#include "sk/survey/utf8.hpp"

using namespace sk::survey;

TEST_CASE("utf8_length counts code points and rejects malformed UTF-8", "[survey][utf8]") {
    CHECK(utf8_length("") == size_t(0));
    CHECK(utf8_length("abc") == size_t(3));
    CHECK(utf8_length("躺平") == size_t(2));
    CHECK(utf8_length("a\xF0\x9F\x98\x80"
                      "b") == size_t(3));          // emoji is one code point
    CHECK_FALSE(utf8_length("\x80"));              // stray continuation
    CHECK_FALSE(utf8_length("\xE8\xBA"));          // truncated
    CHECK_FALSE(utf8_length("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(utf8_length("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(utf8_length("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(utf8_length("\xFF"));
    CHECK(is_blank(" \t\r\n"));
    CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("dates parse strictly and compare", "[survey][date]") {
    auto d = parse_date("2026-11-03");
    REQUIRE(d);
    CHECK(d->year == 2026);
    CHECK(d->month == 11);
    CHECK(d->day == 3);
    CHECK(format_date(*d) == "2026-11-03");
    CHECK(parse_date("2024-02-29"));
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("1900-02-29"));
    CHECK(parse_date("2000-02-29"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-04-31"));
    CHECK_FALSE(parse_date("2026-1-03"));
    CHECK_FALSE(parse_date("2026/11/03"));
    CHECK_FALSE(parse_date("2026-11-03T10:00"));
    CHECK_FALSE(parse_date("today"));
    CHECK(*parse_date("2026-01-31") < *parse_date("2026-02-01"));
    CHECK(*parse_date("2025-12-31") < *parse_date("2026-01-01"));
    CHECK_FALSE(Date{}.valid());
}

TEST_CASE("localized text falls back to zh-CN", "[survey][lang]") {
    LocalizedText t{"你好", ""};
    CHECK(t.in("en") == "你好");
    CHECK(t.in("zh-CN") == "你好");
    t.en = "Hello";
    CHECK(t.in("en") == "Hello");
    CHECK(t.in("fr") == "你好");
    CHECK(is_supported_lang("zh-CN"));
    CHECK(is_supported_lang("en"));
    CHECK_FALSE(is_supported_lang("zh"));
}
