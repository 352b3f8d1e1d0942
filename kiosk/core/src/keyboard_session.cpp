#include "keyboard_session.hpp"

#include <cstdio>
#include <exception>

namespace sk::kiosk {

std::vector<std::string> load_input_engines(const AppConfig& cfg, Keyboard& kb) {
    InputEngines engines;
    if (cfg.make_input_engines) {
        try {
            engines = cfg.make_input_engines();
        } catch (const std::exception& e) {
            // A broken engine library must not keep the kiosk from starting.
            engines = InputEngines{};
            engines.problems.push_back(std::string("input engines: ") + e.what());
        }
    }
    std::vector<std::string> notices = engines.problems;
    for (const std::string& p : notices) std::fprintf(stderr, "kiosk: %s\n", p.c_str());
    if (!cfg.make_input_engines) {
        // A deliberate configuration (tests, kioskctl simulate): shown to the admin only.
        notices.push_back("input engines: none configured (only ABC/123 typing)");
    }
    kb.set_engines(std::move(engines));
    kb.set_display_filter(cfg.can_display);
    return notices;
}

bool keyboard_intent(Keyboard& kb, const Intent& in, const KeyboardTargetFn& target, Lang lang,
                     FieldId& edited) {
    bool handled = true;
    std::visit(
        [&](const auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (!is_keyboard_intent_v<T>) {
                handled = false;
            } else if constexpr (std::is_same_v<T, intent::KeyboardOpen>) {
                if (auto t = target(i.field)) kb.open(*t, lang);
            } else if (!kb.is_open()) {
                return;  // a key from a frame drawn before the keyboard closed
            } else if constexpr (std::is_same_v<T, intent::KeyboardClose>) {
                kb.close();
            } else if constexpr (std::is_same_v<T, intent::KeyboardSetMode>) {
                kb.set_mode(i.mode);
            } else if constexpr (std::is_same_v<T, intent::KeyPress>) {
                kb.key(i.code_point);
            } else if constexpr (std::is_same_v<T, intent::KeyBackspace>) {
                kb.backspace();
            } else if constexpr (std::is_same_v<T, intent::KeySpace>) {
                kb.space();
            } else if constexpr (std::is_same_v<T, intent::KeyShift>) {
                kb.shift();
            } else if constexpr (std::is_same_v<T, intent::KeySymbols>) {
                kb.symbols();
            } else if constexpr (std::is_same_v<T, intent::CandidatePick>) {
                kb.pick(i.index);
            } else if constexpr (std::is_same_v<T, intent::CandidatePage>) {
                kb.page(i.delta);
            } else if constexpr (std::is_same_v<T, intent::StrokeBegin>) {
                kb.stroke_begin({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeMove>) {
                kb.stroke_move({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeEnd>) {
                kb.stroke_end({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeUndo>) {
                kb.stroke_undo();
            } else if constexpr (std::is_same_v<T, intent::PadClear>) {
                kb.pad_clear();
            }
        },
        in);
    edited = handled ? kb.field() : field::none;
    return handled;
}

}  // namespace sk::kiosk
