// What a person was writing on the on-screen keyboard (composition, candidates, strokes)
// is gone after idle, Exit and submit: the keyboard's secure arenas are all zeros and
// both engines were told to forget.
#include "keyboard_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

namespace {

// Leaves something in every arena: a committed word, a pending composition with
// candidates, then (in handwriting) two strokes and their candidates.
void write_something(KeyboardApp& k) {
    k.keys("laoshi");
    k.app.dispatch(intent::CandidatePick{0});
    k.keys("nihao");
    REQUIRE_FALSE(k.kb().candidates.empty());
    REQUIRE_FALSE(k.app.keyboard_memory_zeroed());
    k.app.dispatch(intent::KeyboardOpen{field::tip_person});
    k.app.dispatch(intent::KeyboardSetMode{KeyboardMode::handwriting});
    k.app.dispatch(intent::StrokeBegin{0.1f, 0.5f});
    k.app.dispatch(intent::StrokeEnd{0.9f, 0.5f});
    k.app.dispatch(intent::StrokeBegin{0.5f, 0.1f});
    k.app.dispatch(intent::StrokeMove{0.5f, 0.6f});
    REQUIRE(k.kb().strokes.size() == 2);
    REQUIRE_FALSE(k.kb().candidates.empty());
    REQUIRE_FALSE(k.app.keyboard_memory_zeroed());
}

void check_wiped(KeyboardApp& k, int pinyin_wipes_before, int hw_wipes_before) {
    CHECK(k.app.keyboard_memory_zeroed());
    CHECK_FALSE(k.kb().open);
    CHECK(k.kb().composition.empty());
    CHECK(k.kb().candidates.empty());
    CHECK(k.kb().strokes.empty());
    CHECK(k.log->pinyin_wipes > pinyin_wipes_before);
    CHECK(k.log->handwriting_wipes > hw_wipes_before);
    CHECK(k.log->composition.empty());
    CHECK(k.log->strokes_held == 0);
}

}  // namespace

TEST_CASE("keyboard wipe: Exit zeroes the arenas and wipes the engines", "[keyboard][wipe]") {
    KeyboardApp k;
    k.open_on_unit();
    write_something(k);
    const int pw = k.log->pinyin_wipes, hw = k.log->handwriting_wipes;
    exit_session(k.app);
    CHECK(k.app.view().screen == Screen::attract);
    check_wiped(k, pw, hw);
}

TEST_CASE("keyboard wipe: the idle timeout zeroes the arenas", "[keyboard][wipe][idle]") {
    KeyboardApp k;
    k.open_on_unit();
    write_something(k);
    const int pw = k.log->pinyin_wipes, hw = k.log->handwriting_wipes;
    advance(k.app, k.clock, std::chrono::seconds(61));
    REQUIRE(k.app.view().overlay == Overlay::still_there);
    CHECK_FALSE(k.app.keyboard_memory_zeroed());  // the countdown keeps everything
    advance(k.app, k.clock, std::chrono::seconds(16));
    CHECK(k.app.view().screen == Screen::attract);
    check_wiped(k, pw, hw);
}

TEST_CASE("keyboard wipe: submitting a tip typed on the keyboard", "[keyboard][wipe][tip]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("laoshi");
    k.app.dispatch(intent::KeySpace{});
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_details);
    k.app.dispatch(intent::KeyboardOpen{field::tip_what});
    k.keys("nihao");
    k.app.dispatch(intent::KeyPress{U'。'});
    CHECK(std::string(k.app.text_buffer(field::tip_what)) == "你好。");
    k.keys("shi");  // still composing when the person moves on
    const int pw = k.log->pinyin_wipes, hw = k.log->handwriting_wipes;
    k.app.dispatch(intent::Next{});
    k.app.dispatch(intent::Next{});
    k.app.dispatch(intent::Next{});
    REQUIRE(k.app.view().screen == Screen::tip_review);
    k.app.dispatch(intent::Submit{});
    REQUIRE(k.app.view().screen == Screen::receipt_shown);
    check_wiped(k, pw, hw);
    const auto records = open_all_records(k.app);
    REQUIRE(records.size() == 1);
    CHECK(records[0].find("你好。") != std::string::npos);
    CHECK(records[0].find("老师") != std::string::npos);
    // Letters still composing went in as typed when the person moved on (issue 11).
    CHECK(records[0].find("你好。shi") != std::string::npos);
}
