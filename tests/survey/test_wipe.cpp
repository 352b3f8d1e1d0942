// Wiping must really zero the bytes, not just empty the container: check the storage
// through its pointer while it is still allocated.
#include <string>

#include "sk/survey/answer.hpp"
#include "sk/survey/secret_text.hpp"
#include "sk/survey/tip.hpp"
#include "survey_test_util.hpp"

using namespace sk::survey;

namespace {

bool all_zero(const uint8_t* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (p[i] != 0) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("SecretText::wipe zeroes its storage in place", "[survey][wipe]") {
    sk::survey::test::setup();
    SecretText t("举报内容：某某老师长期不在岗");
    const uint8_t* p = t.storage();
    const size_t n = t.capacity();
    REQUIRE(p != nullptr);
    REQUIRE(n == t.size());
    REQUIRE_FALSE(all_zero(p, n));
    t.wipe();
    CHECK(t.empty());
    CHECK(t.view().empty());
    CHECK(t.storage() == p);  // still allocated, so we may look
    CHECK(all_zero(p, n));

    SecretText e("");
    CHECK(e.empty());
    CHECK(e.storage() == nullptr);
    e.wipe();  // nothing to do, must not crash

    SecretText m("move me");
    SecretText moved = std::move(m);
    CHECK(moved == "move me");
    CHECK(m.empty());  // NOLINT(bugprone-use-after-move): moved-from state is specified
}

TEST_CASE("Answers::wipe_all zeroes every text buffer", "[survey][wipe]") {
    sk::survey::test::setup();
    Answers a;
    a.set("q1", Answer::of_text("第一段很长的文字，用来保证不是短字符串优化"));
    a.set("q2", Answer::of_text("second secret text answer"));
    a.set("q3", Answer::of_choice("a-long-option-value-beyond-sso-size"));
    a.set("q4", Answer::of_choices({"first-option-value-long-enough", "b"}));
    a.set("q5", Answer::of_integer(7));
    a.set("q6", Answer::of_date({2026, 11, 3}));

    struct Region {
        const uint8_t* p;
        size_t n;
    };
    std::vector<Region> regions;
    for (const char* id : {"q1", "q2"}) {
        const SecretText& t = a.find(id)->text();
        regions.push_back({t.storage(), t.capacity()});
    }
    const std::string& choice = a.find("q3")->choice();
    const auto* choice_p = reinterpret_cast<const uint8_t*>(choice.data());
    const size_t choice_n = choice.capacity();
    for (const auto& r : regions) REQUIRE_FALSE(all_zero(r.p, r.n));
    REQUIRE_FALSE(all_zero(choice_p, choice_n));

    a.wipe_all();
    for (const auto& r : regions) CHECK(all_zero(r.p, r.n));
    CHECK(all_zero(choice_p, choice_n));
    CHECK(a.size() == 6);  // entries remain, as none, until clear()
    for (const auto& kv : a) {
        CHECK(kv.second.is_none());
        CHECK_FALSE(kv.second.answered());
        CHECK(kv.second.integer() == 0);
    }
    CHECK(a.find("q1")->text().storage() == regions[0].p);
    a.clear();
    CHECK(a.empty());
}

TEST_CASE("replacing or erasing an answer does not leave the old text readable", "[survey][wipe]") {
    sk::survey::test::setup();
    Answers a;
    a.set("q", Answer::of_text("old secret"));
    Answer& before = const_cast<Answer&>(*a.find("q"));
    before.wipe();
    CHECK(all_zero(before.text().storage(), before.text().capacity()));
    a.set("q", Answer::of_text("new"));
    CHECK(a.find("q")->text() == "new");
    a.erase("q");
    CHECK(a.find("q") == nullptr);
}

TEST_CASE("TipRecord::wipe zeroes every field", "[survey][wipe]") {
    sk::survey::test::setup();
    TipRecord t;
    t.category = "muddling_teacher";
    t.unit.assign("某某小学");
    t.person.assign("三年级语文老师");
    t.what.assign("上课经常玩手机，作业从来不改。");
    t.since.assign("本学期");
    t.how_often.assign("每周");
    t.evidence.assign("同班家长都知道");
    t.contact.assign("微信 abc123");
    t.receipt = "ABCDEFGHJKLMNPQRST";
    std::vector<std::pair<const uint8_t*, size_t>> regions;
    for (const SecretText* f :
         {&t.unit, &t.person, &t.what, &t.since, &t.how_often, &t.evidence, &t.contact}) {
        regions.emplace_back(f->storage(), f->capacity());
    }
    t.wipe();
    for (const auto& r : regions) CHECK(all_zero(r.first, r.second));
    CHECK(t.unit.empty());
    CHECK(t.what.empty());
    CHECK(t.receipt.empty());
    CHECK(t.category.empty());
    CHECK(t.anonymous());
}
