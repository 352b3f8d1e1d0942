// Shared steps of the keyboard tests: an app with fake engines, the tip form's first text
// page, typing through the keyboard's intents.
#pragma once

#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "fake_engines.hpp"
#include "kiosk_test_util.hpp"

namespace sk::kiosk::testing {

struct KeyboardApp {
    TempDir dir;
    FakeClock clock;
    std::shared_ptr<FakeEngineLog> log = std::make_shared<FakeEngineLog>();
    App app;
    explicit KeyboardApp(bool pinyin = true, bool handwriting = true, bool engines = true,
                         std::function<bool(char32_t)> can_display = {})
        : app(open_app(make_config(pinyin, handwriting, engines, std::move(can_display)))) {}

    AppConfig make_config(bool pinyin, bool handwriting, bool engines,
                          std::function<bool(char32_t)> can_display) {
        AppConfig cfg = demo_config(dir, clock);
        if (engines) cfg.make_input_engines = fake_engines(log, pinyin, handwriting);
        cfg.can_display = std::move(can_display);
        return cfg;
    }
    const KeyboardView& kb() const { return app.view().keyboard; }
    std::string text(FieldId f) { return app.text_buffer(f) ? app.text_buffer(f) : ""; }
    void keys(std::string_view ascii) {
        for (char c : ascii) app.dispatch(intent::KeyPress{static_cast<char32_t>(c)});
    }
    // home -> tip form -> first text page (unit, person), keyboard opened on the unit field.
    void open_on_unit() {
        go_home(app);
        app.dispatch(intent::StartTip{});
        app.dispatch(intent::Next{});
        app.dispatch(intent::ChooseTipCategory{1});
        app.dispatch(intent::ChooseTipSubcategory{0});
        app.dispatch(intent::Next{});
        REQUIRE(app.view().screen == Screen::tip_subject);
        app.dispatch(intent::KeyboardOpen{field::tip_unit});
        REQUIRE(kb().open);
        REQUIRE(kb().field == field::tip_unit);
    }
};

inline std::string candidates_of(const KeyboardView& k) {
    std::string s;
    for (auto c : k.candidates) s += std::string(c) + " ";
    return s;
}

}  // namespace sk::kiosk::testing
