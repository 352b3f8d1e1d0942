// The on-screen keyboard end to end, headless, with the REAL engines (libpinyin, Zinnia):
// a tip sentence typed by tapping keys and candidates opens from the sealed record to
// exactly that sentence; the engines and the keyboard's arenas are empty after submit and
// after idle; the field being edited is never under the keyboard.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/kiosk/ime/default_engines.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

// The engines the App owns, visible to the test (valid while the harness lives).
struct EngineProbe {
    PinyinEngine* pinyin = nullptr;
    HandwritingEngine* handwriting = nullptr;
};

InputEnginesFactory real_engines(EngineProbe& probe) {
    return [&probe] {
        InputEngines e = ime::make_default_input_engines();
        probe.pinyin = e.pinyin.get();
        probe.handwriting = e.handwriting.get();
        return e;
    };
}

void to_tip_subject(UiHarness& h) {
    h.click("attract");
    h.click("home.tip");
    h.click("tip.intro.start");
    h.click("category#0");
    if (h.has("subcategory#0")) h.click("subcategory#0");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_subject);
}

// Taps the letters, then pages through the candidates until `word` shows and taps it.
void type_word(UiHarness& h, std::string_view letters, std::string_view word) {
    for (char c : letters) h.click(std::string("osk#") + c);
    INFO("pinyin " << std::string(letters) << " -> " << std::string(word));
    REQUIRE(h.view().keyboard.composition == letters);
    for (int page = 0; page < 12; ++page) {
        const auto& cands = h.view().keyboard.candidates;
        for (size_t i = 0; i < cands.size(); ++i) {
            if (cands[i] == word) {
                h.click("osk.cand#" + std::to_string(i));
                CHECK(h.view().keyboard.composition.empty());
                return;
            }
        }
        if (h.view().keyboard.page + 1 >= h.view().keyboard.page_count) break;
        h.click("osk.page#next");
    }
    FAIL("candidate not found");
}

std::vector<std::string> open_records(App& app) {
    std::ifstream in(uitest::source_dir() / "assets" / "demo" / "bureau.sec", std::ios::binary);
    REQUIRE(in);
    sk::Bytes file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto keys = sk::crypto::decrypt_bureau_secret(file, "demo");
    REQUIRE(keys.ok());
    const auto pair = sk::crypto::bureau_seal_pair(*keys);
    auto recs = app.store().unbatched_records();
    REQUIRE(recs.ok());
    std::vector<std::string> out;
    for (const auto& r : *recs) {
        auto pt = sk::crypto::open_record(r.envelope, pair);
        REQUIRE(pt.ok());
        out.emplace_back(pt->str());
    }
    return out;
}

void check_engines_empty(UiHarness& h, const EngineProbe& p) {
    CHECK(h.app().keyboard_memory_zeroed());
    CHECK(p.pinyin->candidate_count() == 0);
    CHECK(p.handwriting->candidate_count() == 0);
}

// The field's box is fully above the keyboard and inside the visible body.
void check_not_covered(UiHarness& h, FieldId f) {
    const auto field = h.hits().find("field#" + std::to_string(f.value));
    const auto kb = h.hits().find("osk.keyboard");
    REQUIRE(field);
    REQUIRE(kb);
    INFO("field " << f.value << " y " << field->min.y << ".." << field->max.y << ", keyboard from "
                  << kb->min.y);
    CHECK(field->max.y <= kb->min.y);
    CHECK(field->min.y >= field->clip_min.y);
    CHECK(field->max.y <= field->clip_max.y);
}

}  // namespace

TEST_CASE("a tip typed with the pinyin keyboard opens from the record to exactly that sentence",
          "[kiosk_ui][keyboard][flow]") {
    EngineProbe probe;
    UiHarness h(real_engines(probe));
    REQUIRE(probe.pinyin);
    REQUIRE(probe.handwriting);
    to_tip_subject(h);
    h.click("field#1");
    REQUIRE(h.view().keyboard.open);
    REQUIRE(h.view().keyboard.mode == KeyboardMode::pinyin);
    type_word(h, "shiyan", "实验");
    type_word(h, "xiaoxue", "小学");
    CHECK(std::string(h.app().text_buffer(field::tip_unit)) == "实验小学");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_details);
    // The page's required field has the keyboard already (issue 11: one tap less).
    CHECK(h.view().keyboard.open);
    CHECK(h.view().keyboard.field == field::tip_what);
    REQUIRE(h.view().keyboard.mode == KeyboardMode::pinyin);
    type_word(h, "laoshi", "老师");
    type_word(h, "shangke", "上课");
    type_word(h, "shijian", "时间");
    type_word(h, "jingchang", "经常");
    type_word(h, "buzai", "不在");
    type_word(h, "gang", "岗");
    // A backspace while composing takes a letter, not text.
    h.click("osk#x");
    h.click("ui.osk_backspace");
    CHECK(h.view().keyboard.composition.empty());
    h.click("osk.mode#abc");
    h.click("ui.osk_symbols");
    h.click("osk#。");
    const std::string sentence = "老师上课时间经常不在岗。";
    CHECK(std::string(h.app().text_buffer(field::tip_what)) == sentence);
    check_not_covered(h, field::tip_what);

    h.click("common.next");
    h.click("common.next");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_review);
    h.click("common.submit");
    REQUIRE(h.screen() == Screen::receipt_shown);
    check_engines_empty(h, probe);

    const auto records = open_records(h.app());
    REQUIRE(records.size() == 1);
    const auto j = nlohmann::json::parse(records[0]);
    CHECK(j["what"] == sentence);
    CHECK(j["unit"] == "实验小学");
}

TEST_CASE("handwriting pad: a stroke drawn by touch is recognised and inserted",
          "[kiosk_ui][keyboard]") {
    EngineProbe probe;
    UiHarness h(real_engines(probe));
    to_tip_subject(h);
    h.click("field#1");
    h.click("osk.mode#handwriting");
    REQUIRE(h.view().keyboard.mode == KeyboardMode::handwriting);
    const auto pad = h.hits().find("osk.pad");
    REQUIRE(pad);
    const float side = pad->max.x - pad->min.x;
    CHECK(side == Approx(pad->max.y - pad->min.y));
    std::vector<ImVec2> line;
    for (int i = 0; i <= 10; ++i)
        line.push_back(ImVec2(pad->min.x + side * (0.15f + 0.07f * i), pad->min.y + side * 0.5f));
    h.drag(line);
    REQUIRE(h.view().keyboard.strokes.size() == 1);
    CHECK(h.view().keyboard.strokes[0].count >= 5);
    const auto& cands = h.view().keyboard.candidates;
    int at = -1;
    for (size_t i = 0; i < cands.size() && i < 5; ++i)
        if (cands[i] == "一") at = static_cast<int>(i);
    REQUIRE(at >= 0);
    h.click("osk.cand#" + std::to_string(at));
    CHECK(std::string(h.app().text_buffer(field::tip_unit)) == "一");
    CHECK(h.view().keyboard.strokes.empty());

    // Idle: the pad, the composition and the engines are wiped with the session.
    h.drag(line);
    h.click("osk.mode#pinyin");
    h.click("osk#n");
    h.click("osk#i");
    REQUIRE_FALSE(h.view().keyboard.candidates.empty());
    h.idle(std::chrono::seconds(61));
    h.idle(std::chrono::seconds(16));
    REQUIRE(h.screen() == Screen::attract);
    check_engines_empty(h, probe);
}

TEST_CASE("the field being edited is never covered by the keyboard", "[kiosk_ui][keyboard]") {
    EngineProbe probe;
    UiHarness h(real_engines(probe));
    to_tip_subject(h);
    for (FieldId f : {field::tip_unit, field::tip_person}) {
        h.click("field#" + std::to_string(f.value));
        h.settle();
        check_not_covered(h, f);
    }
    h.click("field#1");  // the unit is required
    h.click("osk#a");
    h.click("osk.cand#0");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_details);
    for (FieldId f : {field::tip_what, field::tip_since}) {
        h.click("field#" + std::to_string(f.value));
        h.settle();
        check_not_covered(h, f);
    }
    // With the keyboard down the footer's controls are still there.
    CHECK(h.has("common.next"));
    CHECK(h.has("ui.osk_hide"));
    h.click("ui.osk_hide");
    CHECK_FALSE(h.view().keyboard.open);
    CHECK_FALSE(h.has("osk.keyboard"));
}

TEST_CASE("a sideways swipe on the candidates turns their page; a tap still picks",
          "[kiosk_ui][keyboard][issue11]") {
    EngineProbe probe;
    UiHarness h(real_engines(probe));
    REQUIRE(probe.pinyin);
    to_tip_subject(h);
    for (char c : std::string("shi")) h.click(std::string("osk#") + c);
    REQUIRE(h.view().keyboard.page_count > 1);
    REQUIRE(h.view().keyboard.page == 0);
    auto c0 = h.hits().find("osk.cand#0");
    REQUIRE(c0);
    // Right to left from the first tile: the next page, and nothing picked.
    h.drag({c0->center(), ImVec2(c0->center().x - 60, c0->center().y),
            ImVec2(c0->center().x - 200, c0->center().y)});
    CHECK(h.view().keyboard.page == 1);
    CHECK(h.view().keyboard.composition == "shi");
    CHECK(std::string(h.app().text_buffer(field::tip_unit)).empty());
}
