#include <catch2/catch.hpp>

#include <set>

#include "kiosk_test_util.hpp"
#include "sk/kiosk/i18n.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

namespace {
// The {name} parameters in a string (no std::regex: GCC 12 warns inside it under ASan).
std::set<std::string> params_of(const std::string& s) {
    std::set<std::string> out;
    for (size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
        size_t close = s.find('}', open);
        if (close == std::string::npos) break;
        out.insert(s.substr(open + 1, close - open - 1));
    }
    return out;
}
}  // namespace

TEST_CASE("i18n: substitution, fallback marker, missing keys logged once", "[i18n]") {
    auto t = I18n::from_json(R"({"a.b":"你好 {name}，{n} 条","x":"only zh"})",
                             R"({"a.b":"Hello {name}, {n} items"})");
    REQUIRE(t.ok());
    CHECK(t->tr("a.b", {{"name", "李"}, {"n", "3"}}) == "你好 李，3 条");
    t->set_lang(Lang::en);
    CHECK(t->tr("a.b", {{"name", "Li"}, {"n", "3"}}) == "Hello Li, 3 items");
    CHECK(t->tr("a.b", {{"name", "Li"}}) == "Hello Li, {n} items");  // unknown param left
    CHECK(t->tr("x") == "\xE2\x9F\xA8x\xE2\x9F\xA9");                // ⟨x⟩, no crash
    CHECK(t->tr("x") == "\xE2\x9F\xA8x\xE2\x9F\xA9");
    CHECK(t->missing_keys() == std::set<std::string>{"en:x"});
    CHECK(substitute("{a}{b}{", {{"a", "1"}, {"b", "2"}}) == "12{");
}

TEST_CASE("i18n: malformed files are refused with the file name", "[i18n]") {
    auto bad = I18n::from_json("[1]", "{}");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("zh-CN.json") != std::string::npos);
    auto nonstr = I18n::from_json("{}", R"({"k": 3})");
    REQUIRE_FALSE(nonstr.ok());
    CHECK(nonstr.error().message.find("'k'") != std::string::npos);
}

TEST_CASE("i18n: zh-CN.json and en.json have the same keys and parameters", "[i18n]") {
    auto t = I18n::load(assets_dir());
    REQUIRE(t.ok());
    auto zh = t->keys(Lang::zh_CN);
    auto en = t->keys(Lang::en);
    CHECK(zh == en);
    CHECK(zh.size() > 150);
    for (const auto& k : zh) {
        INFO(k);
        CHECK(params_of(t->tr_in(Lang::zh_CN, k)) == params_of(t->tr_in(Lang::en, k)));
        CHECK_FALSE(t->tr_in(Lang::zh_CN, k).empty());
    }
    CHECK(t->all_strings().size() == zh.size() * 2);
}

TEST_CASE("i18n: every key the core can produce exists", "[i18n]") {
    auto t = I18n::load(assets_dir());
    REQUIRE(t.ok());
    // Keys built at run time from codes.
    std::vector<std::string> keys;
    for (int i = 1; i <= 5; ++i) keys.push_back("survey.likert." + std::to_string(i));
    for (auto f : {"once", "a_few_times", "monthly", "weekly", "daily", "ongoing"})
        keys.push_back(std::string("tip.frequency.") + f);
    for (auto s : {"new", "under_verification", "substantiated", "not_substantiated", "closed"})
        keys.push_back(std::string("receipt.status.") + s);
    for (auto e :
         {"disk_full", "db_error", "io_error", "crypto_error", "invalid_input", "internal"})
        keys.push_back(std::string("error.") + e);
    for (const auto& k : keys) {
        INFO(k);
        CHECK(t->has(k, Lang::zh_CN));
        CHECK(t->has(k, Lang::en));
    }
}

TEST_CASE("i18n: lang codes", "[i18n]") {
    Lang l = Lang::en;
    CHECK(parse_lang("zh-CN", l));
    CHECK(l == Lang::zh_CN);
    CHECK(parse_lang("en", l));
    CHECK(l == Lang::en);
    CHECK_FALSE(parse_lang("fr", l));
    CHECK(std::string(lang_code(Lang::zh_CN)) == "zh-CN");
}
