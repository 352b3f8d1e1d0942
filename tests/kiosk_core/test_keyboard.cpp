// The on-screen keyboard's state machine through the App's intents, with fake engines:
// modes, pinyin composition with paging and partial consumption, backspace, ABC/123,
// handwriting, limits, and which fields it may edit.
#include "keyboard_memory.hpp"
#include "keyboard_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

TEST_CASE("keyboard: opens in pinyin on a Chinese screen; modes switch with one intent",
          "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    CHECK(k.kb().mode == KeyboardMode::pinyin);
    CHECK(k.kb().available[int(KeyboardMode::pinyin)]);
    CHECK(k.kb().available[int(KeyboardMode::handwriting)]);
    CHECK(k.kb().available[int(KeyboardMode::abc)]);
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::handwriting});
    CHECK(k.kb().mode == KeyboardMode::handwriting);
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::abc});
    CHECK(k.kb().mode == KeyboardMode::abc);
    // The choice sticks for the next field of the session.
    k.app.dispatch(intent::KeyboardOpen{field::tip_person});
    CHECK(k.kb().field == field::tip_person);
    CHECK(k.kb().mode == KeyboardMode::abc);
    k.app.dispatch(intent::KeyboardClose{});
    CHECK_FALSE(k.kb().open);
}

TEST_CASE("keyboard: pinyin composes, pages, and keeps the unconsumed letters", "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("nihao");
    CHECK(k.kb().composition == "nihao");
    CHECK(k.log->composition == "nihao");
    REQUIRE_FALSE(k.kb().candidates.empty());
    CHECK(k.kb().candidates[0] == "你好");
    CHECK(k.text(field::tip_unit).empty());  // nothing committed while composing
    // 你 consumes "ni": "hao" keeps composing.
    INFO(candidates_of(k.kb()));
    REQUIRE(k.kb().candidates[1] == "你");
    k.app.dispatch(intent::CandidatePick{1});
    CHECK(k.text(field::tip_unit) == "你");
    CHECK(k.kb().composition == "hao");
    CHECK(k.kb().candidates[0] == "好");
    k.app.dispatch(intent::KeySpace{});  // space commits the first candidate
    CHECK(k.text(field::tip_unit) == "你好");
    CHECK(k.kb().composition.empty());
    CHECK(k.kb().candidates.empty());

    // 14 candidates for "shi": three pages of six, found as they are turned (page_count
    // says "this one and at least one more" until the last page).
    k.keys("shi");
    CHECK(k.kb().page == 0);
    CHECK(k.kb().page_count == 2);
    CHECK(k.kb().candidates.size() == kCandidatesPerPage);
    k.app.dispatch(intent::CandidatePage{-1});  // no page before the first
    CHECK(k.kb().page == 0);
    k.app.dispatch(intent::CandidatePage{+1});
    k.app.dispatch(intent::CandidatePage{+1});
    CHECK(k.kb().page == 2);
    CHECK(k.kb().page_count == 3);
    CHECK(k.kb().candidates.size() == 2);
    CHECK(k.kb().candidates[1] == "石");
    k.app.dispatch(intent::CandidatePage{+1});  // no page after the last
    CHECK(k.kb().page == 2);
    k.app.dispatch(intent::CandidatePick{1});
    CHECK(k.text(field::tip_unit) == "你好石");
    CHECK(k.kb().composition.empty());
}

TEST_CASE("keyboard: backspace edits the composition first, then the text", "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("laoshi");
    k.app.dispatch(intent::CandidatePick{0});
    REQUIRE(k.text(field::tip_unit) == "老师");
    k.keys("nih");
    k.app.dispatch(intent::KeyBackspace{});
    CHECK(k.kb().composition == "ni");
    CHECK(k.log->composition == "ni");
    CHECK(k.text(field::tip_unit) == "老师");
    k.app.dispatch(intent::KeyBackspace{});
    k.app.dispatch(intent::KeyBackspace{});
    CHECK(k.kb().composition.empty());
    CHECK(k.kb().candidates.empty());
    k.app.dispatch(intent::KeyBackspace{});  // a whole code point (3 bytes)
    CHECK(k.text(field::tip_unit) == "老");
}

TEST_CASE("keyboard: punctuation commits the composition; unknown letters go in as typed",
          "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("nihao");
    k.app.dispatch(intent::KeyPress{U'。'});
    CHECK(k.text(field::tip_unit) == "你好。");
    k.keys("xq");  // nothing in the fake dictionary
    CHECK(k.kb().candidates.empty());
    k.app.dispatch(intent::KeyPress{U'，'});
    CHECK(k.text(field::tip_unit) == "你好。xq，");
    // Chinese text from a physical keyboard / IME goes straight in.
    k.app.dispatch(intent::KeyPress{U'中'});
    CHECK(k.text(field::tip_unit) == "你好。xq，中");
}

TEST_CASE("keyboard: ABC letters with one-shot shift, digits and Chinese punctuation",
          "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::abc});
    k.app.dispatch(intent::KeyShift{});
    CHECK(k.kb().shift);
    k.keys("ab");
    CHECK_FALSE(k.kb().shift);
    k.app.dispatch(intent::KeySymbols{});
    CHECK(k.kb().symbols);
    k.keys("12");
    for (char32_t c : {U'，', U'。', U'？', U'！', U'、', U'：', U'；', U'“', U'”', U'（', U'）'})
        k.app.dispatch(intent::KeyPress{c});
    k.app.dispatch(intent::KeySpace{});
    CHECK(k.text(field::tip_unit) == "Ab12，。？！、：；“”（） ");
    CHECK(k.kb().composition.empty());  // ABC never composes
}

TEST_CASE("keyboard: max_len and capacity are never exceeded", "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();  // unit: at most 100 code points
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::abc});
    for (int i = 0; i < 99; ++i) k.app.dispatch(intent::KeyPress{U'字'});
    CHECK_FALSE(k.kb().full);
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::pinyin});
    k.keys("nihao");
    k.app.dispatch(intent::CandidatePick{0});  // 你好 is two: refused, still composing
    CHECK(k.kb().composition == "nihao");
    k.app.dispatch(intent::CandidatePick{1});  // 你 fits
    CHECK(k.kb().full);
    CHECK(k.kb().composition == "hao");
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::abc});
    k.app.dispatch(intent::KeyPress{U'x'});
    const std::string t = k.text(field::tip_unit);
    CHECK(t.size() == 100 * 3);
    CHECK(t.substr(t.size() - 3) == "你");

    // The receipt code field: no max_len, 64 bytes of capacity, upper case only.
    exit_session(k.app);
    go_home(k.app);
    k.app.dispatch(intent::StartReceiptLookup{});
    REQUIRE(k.kb().open);  // up from the start
    CHECK(k.kb().field == field::receipt_code);
    CHECK(k.kb().mode == KeyboardMode::abc);
    CHECK(k.kb().upper_only);
    CHECK_FALSE(k.kb().available[int(KeyboardMode::pinyin)]);
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::pinyin});
    CHECK(k.kb().mode == KeyboardMode::abc);
    for (int i = 0; i < 70; ++i) k.app.dispatch(intent::KeyPress{U'k'});
    CHECK(k.text(field::receipt_code) == std::string(63, 'K'));
    CHECK(k.kb().full);
}

TEST_CASE("keyboard: handwriting recognises after each stroke; a pick inserts and clears",
          "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::handwriting});
    // 十: a horizontal stroke, then a vertical one.
    k.app.dispatch(intent::StrokeBegin{0.1f, 0.5f});
    k.app.dispatch(intent::StrokeMove{0.5f, 0.5f});
    k.app.dispatch(intent::StrokeEnd{0.9f, 0.5f});
    CHECK(k.log->recognitions == 1);
    REQUIRE(k.kb().strokes.size() == 1);
    CHECK(k.kb().strokes[0].count == 3);
    CHECK(k.kb().candidates[0] == "一");
    k.app.dispatch(intent::StrokeBegin{0.5f, 0.1f});
    k.app.dispatch(intent::StrokeMove{0.5f, 0.1f});  // too close: not a new point
    k.app.dispatch(intent::StrokeEnd{0.5f, 0.9f});
    REQUIRE(k.kb().strokes.size() == 2);
    CHECK(k.kb().strokes[1].count == 2);
    CHECK(k.kb().candidates[0] == "十");
    k.app.dispatch(intent::StrokeUndo{});
    CHECK(k.kb().strokes.size() == 1);
    CHECK(k.kb().candidates[0] == "一");
    k.app.dispatch(intent::StrokeBegin{0.5f, 0.1f});
    k.app.dispatch(intent::StrokeEnd{0.5f, 0.9f});
    k.app.dispatch(intent::CandidatePick{0});
    CHECK(k.text(field::tip_unit) == "十");
    CHECK(k.kb().strokes.empty());
    CHECK(k.kb().candidates.empty());
    // Clear drops the drawing without inserting anything.
    k.app.dispatch(intent::StrokeBegin{0.2f, 0.2f});
    k.app.dispatch(intent::StrokeEnd{0.8f, 0.8f});
    k.app.dispatch(intent::PadClear{});
    CHECK(k.kb().strokes.empty());
    CHECK(k.log->strokes_held == 0);
    CHECK(k.text(field::tip_unit) == "十");
    // Strokes mean nothing in the other modes.
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::pinyin});
    k.app.dispatch(intent::StrokeBegin{0.2f, 0.2f});
    k.app.dispatch(intent::StrokeEnd{0.8f, 0.8f});
    CHECK(k.kb().strokes.empty());
}

TEST_CASE("keyboard: only fields on the current screen; closes when its field leaves",
          "[keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.app.dispatch(intent::KeyboardOpen{field::tip_what});  // on the next page, not here
    CHECK(k.kb().field == field::tip_unit);
    k.keys("laoshi");
    k.app.dispatch(intent::CandidatePick{0});
    k.keys("ni");
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_details);
    // The unit field left with its page; the next page's required field has the keyboard.
    CHECK(k.kb().field == field::tip_what);
    // Letters not yet turned into characters went in as typed (issue 11, defect 5).
    CHECK(k.text(field::tip_unit) == "老师ni");
    CHECK(k.log->composition.empty());
    k.app.dispatch(intent::KeyboardClose{});
    CHECK_FALSE(k.kb().open);
    k.app.dispatch(intent::KeyPress{U'x'});  // a stale key after closing: ignored
    CHECK(k.text(field::tip_what).empty());
    k.app.dispatch(intent::KeyboardOpen{field::tip_what});
    CHECK(k.kb().open);
    CHECK(k.kb().field_kind == FieldKind::long_text);
}

TEST_CASE("keyboard: a missing engine makes its mode unavailable and shows on admin home",
          "[keyboard][admin]") {
    auto admin_notices = [](KeyboardApp& k) {
        exit_session(k.app);
        k.app.dispatch(intent::AdminCornerHold{std::chrono::milliseconds(6000)});
        REQUIRE(k.app.view().screen == Screen::admin_pin);
        for (const char* p = kDemoAdminPin; *p; ++p) k.app.dispatch(intent::PinDigit{*p});
        k.app.dispatch(intent::PinSubmit{});
        REQUIRE(k.app.view().screen == Screen::admin_home);
        return k.app.view().admin.notices;
    };
    {
        KeyboardApp k(true, false);
        k.open_on_unit();
        CHECK(k.kb().available[int(KeyboardMode::pinyin)]);
        CHECK_FALSE(k.kb().available[int(KeyboardMode::handwriting)]);
        k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::handwriting});
        CHECK(k.kb().mode == KeyboardMode::pinyin);
        const auto notices = admin_notices(k);
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].find("handwriting") != std::string::npos);
    }
    {
        KeyboardApp k(false, false, false);  // no factory at all
        k.open_on_unit();
        CHECK(k.kb().mode == KeyboardMode::abc);
        CHECK_FALSE(k.kb().available[int(KeyboardMode::pinyin)]);
        CHECK_FALSE(k.kb().available[int(KeyboardMode::handwriting)]);
        k.keys("ab");  // ABC still types
        CHECK(k.text(field::tip_unit) == "ab");
        CHECK(admin_notices(k).size() == 1);
    }
    {
        KeyboardApp k;
        CHECK(admin_notices(k).empty());
    }
}
