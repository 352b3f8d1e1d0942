#include <nlohmann/json.hpp>

#include <string>

#include "sk/crypto/receipt.hpp"
#include "sk/survey/tip.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;
using nlohmann::json;

namespace {

const TipCategories& categories() {
    static const TipCategories c = [] {
        auto r = parse_tip_categories(sk::survey::test::read_asset("assets/tips/categories.json"));
        INFO((r.ok() ? "" : r.error().message));
        REQUIRE(r.ok());
        return std::move(r.value());
    }();
    return c;
}

TipRecord sample_tip() {
    TipRecord t;
    t.category = "absent_from_post";
    t.unit.assign("某某县第二中学");
    t.person.assign("初二年级数学老师");
    t.what.assign("长期不来上课，课由别人代上，\"工资照领\"。\n已有一学期。");
    t.since.assign("2025年9月开学起");
    t.how_often.assign("一直如此");
    t.evidence.assign("课表与代课记录，教务处有存档 \\ 见 C:\\排课");
    t.receipt = sk::crypto::new_receipt_code();
    t.lang = "zh-CN";
    return t;
}

}  // namespace

TEST_CASE("tip categories asset has the campaign's categories", "[survey][tip]") {
    const auto& c = categories();
    REQUIRE(c.categories.size() == 5);
    const char* ids[] = {"lying_flat_cadre", "muddling_teacher", "absent_from_post",
                         "attendance_fraud", "other"};
    for (size_t i = 0; i < 5; ++i) {
        CHECK(c.categories[i].id == ids[i]);
        CHECK_FALSE(c.categories[i].label.zh_cn.empty());
        CHECK_FALSE(c.categories[i].label.en.empty());
    }
    const TipCategory* lying = c.find("lying_flat_cadre");
    REQUIRE(lying);
    CHECK(lying->label.zh_cn.find("躺平") != std::string::npos);
    REQUIRE(lying->subcategories.size() == 3);
    CHECK(lying->find("inaction")->label.zh_cn == "不作为");
    CHECK(lying->find("slow_action")->label.zh_cn == "慢作为");
    CHECK(lying->find("wrong_action")->label.zh_cn == "乱作为");
    const TipCategory* muddling = c.find("muddling_teacher");
    REQUIRE(muddling);
    CHECK(muddling->label.zh_cn.find("浑水摸鱼") != std::string::npos);
    CHECK(muddling->find("perfunctory_lessons")->label.zh_cn == "上课敷衍了事");
    CHECK(muddling->find("unprepared_classes")->label.zh_cn == "不认真备课");
    CHECK(muddling->find("irresponsible_to_students")->label.zh_cn == "对学生不负责任");
    CHECK(c.find("absent_from_post")->label.zh_cn.find("吃空饷") != std::string::npos);
    CHECK(c.find("attendance_fraud")->label.zh_cn == "考勤造假");
    CHECK(c.find("other")->label.zh_cn == "其他");
    CHECK(c.find("nope") == nullptr);
}

TEST_CASE("malformed tip categories are rejected", "[survey][tip]") {
    struct Case {
        const char* json;
        const char* expect;
    };
    const Case cases[] = {
        {R"({"format":"x","categories":[]})", "unsupported tip categories format 'x'"},
        {R"({"format":"sk-tip-categories-1","categories":[]})", "must be a non-empty list"},
        {R"({"format":"sk-tip-categories-1","categories":[{"id":"a","label":{"zh-CN":"甲"}},{"id":"a","label":{"zh-CN":"乙"}}]})",
         "duplicate category id 'a'"},
        {R"({"format":"sk-tip-categories-1","categories":[{"id":"a","label":{"en":"A"}}]})",
         "category 'a': 'label' needs non-empty \"zh-CN\" text"},
        {R"({"format":"sk-tip-categories-1","categories":[{"id":"a","label":{"zh-CN":"甲"},"subcategories":[{"id":"x","label":{"zh-CN":"一"}},{"id":"x","label":{"zh-CN":"二"}}]}]})",
         "duplicate subcategory id 'x'"},
        {R"({"format":"sk-tip-categories-1","categories":[{"id":"a","label":{"zh-CN":"甲"},"colour":1}]})",
         "category 'a': unknown key 'colour'"},
    };
    for (const auto& c : cases) {
        INFO(c.json);
        auto r = parse_tip_categories(std::string(c.json));
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(c.expect) != std::string::npos);
    }
}

TEST_CASE("tip serialization round trip", "[survey][tip]") {
    sk::survey::test::setup();
    TipRecord t = sample_tip();
    auto buf = serialize_tip(t, categories());
    INFO((buf.ok() ? "" : buf.error().message));
    REQUIRE(buf.ok());

    json j = json::parse(std::string(buf->str()));
    CHECK(j.size() == 13);  // every key always present
    CHECK(j["type"] == "tip");
    CHECK(j["format"] == "sk-tip-1");
    CHECK(j["subcategory"] == "");
    CHECK(j["contact"] == "");
    CHECK(j["what"].get<std::string>() == t.what.view());
    CHECK(j["receipt"] == t.receipt);

    auto back = parse_tip(buf->view());
    INFO((back.ok() ? "" : back.error().message));
    REQUIRE(back.ok());
    const TipRecord& b = *back;
    CHECK(b.category == "absent_from_post");
    CHECK(b.subcategory.empty());
    CHECK(b.unit == t.unit.view());
    CHECK(b.person == t.person.view());
    CHECK(b.what == t.what.view());
    CHECK(b.since == t.since.view());
    CHECK(b.how_often == t.how_often.view());
    CHECK(b.evidence == t.evidence.view());
    CHECK(b.contact.empty());
    CHECK(b.anonymous());
    CHECK(b.receipt == t.receipt);
    CHECK(b.lang == "zh-CN");

    // With a subcategory and a contact, in English.
    t.category = "lying_flat_cadre";
    t.subcategory = "slow_action";
    t.contact.assign("138-0000-0000 (after 6pm) 😀");
    t.lang = "en";
    auto buf2 = serialize_tip(t, categories());
    REQUIRE(buf2.ok());
    auto back2 = parse_tip(buf2->view());
    REQUIRE(back2.ok());
    CHECK(back2->subcategory == "slow_action");
    CHECK(back2->contact == "138-0000-0000 (after 6pm) 😀");
    CHECK_FALSE(back2->anonymous());
    CHECK(back2->lang == "en");
}

TEST_CASE("tip form validation", "[survey][tip]") {
    sk::survey::test::setup();
    TipRecord t;
    auto issues = validate_tip(t, categories());
    REQUIRE(issues.size() == 3);
    CHECK(issues[0].field == TipField::category);
    CHECK(issues[0].validation.error == ValidationError::required);
    CHECK(issues[1].field == TipField::unit);
    CHECK(issues[2].field == TipField::what);

    t = sample_tip();
    CHECK(validate_tip(t, categories()).empty());
    t.category = "gossip";
    CHECK(validate_tip(t, categories())[0].validation.error == ValidationError::invalid_option);
    t.category = "muddling_teacher";
    t.subcategory = "slow_action";  // belongs to lying_flat_cadre
    CHECK(validate_tip(t, categories())[0].field == TipField::subcategory);
    t.subcategory = "unprepared_classes";
    CHECK(validate_tip(t, categories()).empty());

    t.unit.assign(std::string(101, 'x'));
    issues = validate_tip(t, categories());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].validation.error == ValidationError::too_long);
    CHECK(issues[0].validation.actual == 101);
    CHECK(*issues[0].validation.max == 100);
    t.unit.assign(std::string(100, 'x'));
    t.what.assign(std::string(2000, 'x'));
    CHECK(validate_tip(t, categories()).empty());
    t.evidence.assign("\xE4\xB8");
    issues = validate_tip(t, categories());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].field == TipField::evidence);
    CHECK(issues[0].validation.error == ValidationError::invalid_utf8);

    auto r = serialize_tip(t, categories());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "tip field 'evidence' is not valid: invalid_utf8");
}

TEST_CASE("serialize_tip checks receipt and language", "[survey][tip]") {
    sk::survey::test::setup();
    TipRecord t = sample_tip();
    t.receipt = sk::crypto::format_receipt(t.receipt);  // grouped form is not canonical
    CHECK_FALSE(serialize_tip(t, categories()).ok());
    t.receipt = sk::crypto::new_receipt_code();
    t.receipt.back() = t.receipt.back() == 'A' ? 'B' : 'A';  // wrong check symbol
    CHECK_FALSE(serialize_tip(t, categories()).ok());
    t.receipt = sk::crypto::new_receipt_code();
    t.lang = "ja";
    auto r = serialize_tip(t, categories());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == sk::Errc::invalid_argument);
}

TEST_CASE("parse_tip is strict", "[survey][tip]") {
    sk::survey::test::setup();
    TipRecord t = sample_tip();
    auto buf = serialize_tip(t, categories());
    REQUIRE(buf.ok());
    const json good = json::parse(std::string(buf->str()));

    auto reject = [](json j, const std::string& expect) {
        auto r = parse_tip(j.dump());
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message);
        CHECK(r.error().message.find(expect) != std::string::npos);
    };
    json j = good;
    j["photo"] = "x";
    reject(j, "unknown key 'photo'");
    j = good;
    j.erase("what");
    reject(j, "missing key 'what'");
    j = good;
    j["unit"] = 5;
    reject(j, "'unit' must be a string");
    j = good;
    j["type"] = "response";
    reject(j, "not a tip record");
    j = good;
    j["format"] = "sk-tip-2";
    reject(j, "unsupported tip format");
    j = good;
    j["receipt"] = "ABC";
    reject(j, "'receipt' is not a valid receipt code");
    j = good;
    j["lang"] = "fr";
    reject(j, "unsupported language 'fr'");
}

TEST_CASE("parse_tip_header decides like parse_tip and keeps the index fields", "[survey][tip]") {
    sk::survey::test::setup();
    TipRecord t = sample_tip();
    t.subcategory = "";
    auto buf = serialize_tip(t, categories());
    REQUIRE(buf.ok());
    auto h = parse_tip_header(buf->view());
    REQUIRE(h.ok());
    CHECK(h->category == t.category);
    CHECK(h->subcategory == t.subcategory);
    CHECK(h->unit == t.unit.view());
    CHECK(h->receipt == t.receipt);
    CHECK(h->lang == t.lang);

    const json good = json::parse(std::string(buf->str()));
    std::vector<json> docs;
    for (const char* key : {"photo", "what", "unit", "contact", "type", "format", "receipt", "lang",
                            "category", "subcategory"}) {
        json j = good;
        j.erase(key);
        docs.push_back(j);
        j = good;
        j[key] = 5;
        docs.push_back(j);
        j[key] = "not-an-id !";
        docs.push_back(j);
    }
    for (const json& j : docs) {
        const std::string text = j.dump();
        auto full = parse_tip(text);
        auto head = parse_tip_header(text);
        INFO(text);
        REQUIRE(full.ok() == head.ok());
        if (!full.ok()) {
            CHECK(head.error().code == full.error().code);
            CHECK(head.error().message == full.error().message);
        }
    }
    for (const std::string bad : {"", "{", "[]", "{\"type\":\"tip\"}"}) {
        auto full = parse_tip(bad);
        auto head = parse_tip_header(bad);
        REQUIRE_FALSE(full.ok());
        REQUIRE_FALSE(head.ok());
        CHECK(head.error().message == full.error().message);
    }
}
