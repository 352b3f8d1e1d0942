// The on-screen keyboard inside the app: which fields it may edit on which screen, its
// intents, the engines and their start-up problems.
#include <algorithm>
#include <cstdio>
#include <exception>

#include "app_impl.hpp"

namespace sk::kiosk {

void AppImpl::load_input_engines() {
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
    notices = engines.problems;
    for (const std::string& p : notices) std::fprintf(stderr, "kiosk: %s\n", p.c_str());
    if (!cfg.make_input_engines) {
        // A deliberate configuration (tests, kioskctl simulate): shown to the admin only.
        notices.push_back("input engines: none configured (only ABC/123 typing)");
    }
    keyboard.set_engines(std::move(engines));
    keyboard.set_display_filter(cfg.can_display);
}

std::optional<KeyboardTarget> AppImpl::keyboard_target(FieldId f) {
    if (f == field::none || !pool.has(f)) return std::nullopt;
    if (screen == Screen::receipt_lookup && f == field::receipt_code)
        return KeyboardTarget{f, FieldKind::receipt_code, 0};
    if (screen == Screen::survey_question && runner &&
        f == field::survey_question(uint32_t(runner->current()))) {
        const survey::Question& q = runner->question();
        if (!q.is_text()) return std::nullopt;  // numbers and dates have their own pads
        const FieldKind k = q.type == survey::QuestionType::long_text ? FieldKind::long_text
                                                                      : FieldKind::short_text;
        return KeyboardTarget{f, k, effective_max_len(q)};
    }
    if (tip) {
        for (const TipFieldSpec& spec : tip_field_specs()) {
            if (spec.id != f || spec.page != screen) continue;
            if (f == field::tip_contact && !tip->contact_wanted) return std::nullopt;
            return KeyboardTarget{f, spec.multiline ? FieldKind::long_text : FieldKind::short_text,
                                  survey::tip_field_max_len(spec.tip_field),
                                  f == field::tip_contact};
        }
    }
    return std::nullopt;
}

void AppImpl::keyboard_follow_screen() {
    if (keyboard.is_open() && !keyboard_target(keyboard.field())) keyboard.close();
}

void AppImpl::text_edited(FieldId f) {
    if (runner) runner->text_edited(f);
    if (tip) tip->text_edited(f);
    if (f == field::receipt_code) lookup_error = {};
}

bool AppImpl::keyboard_dispatch(const Intent& in) {
    bool handled = true;
    std::visit(
        [&](const auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (!is_keyboard_intent_v<T>) {
                handled = false;
            } else if constexpr (std::is_same_v<T, intent::KeyboardOpen>) {
                if (auto t = keyboard_target(i.field)) keyboard.open(*t, lang);
            } else if (!keyboard.is_open()) {
                return;  // a key from a frame drawn before the keyboard closed
            } else if constexpr (std::is_same_v<T, intent::KeyboardClose>) {
                keyboard.close();
            } else if constexpr (std::is_same_v<T, intent::KeyboardSetMode>) {
                keyboard.set_mode(i.mode);
            } else if constexpr (std::is_same_v<T, intent::KeyPress>) {
                keyboard.key(i.code_point);
            } else if constexpr (std::is_same_v<T, intent::KeyBackspace>) {
                keyboard.backspace();
            } else if constexpr (std::is_same_v<T, intent::KeySpace>) {
                keyboard.space();
            } else if constexpr (std::is_same_v<T, intent::KeyShift>) {
                keyboard.shift();
            } else if constexpr (std::is_same_v<T, intent::KeySymbols>) {
                keyboard.symbols();
            } else if constexpr (std::is_same_v<T, intent::CandidatePick>) {
                keyboard.pick(i.index);
            } else if constexpr (std::is_same_v<T, intent::CandidatePage>) {
                keyboard.page(i.delta);
            } else if constexpr (std::is_same_v<T, intent::StrokeBegin>) {
                keyboard.stroke_begin({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeMove>) {
                keyboard.stroke_move({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeEnd>) {
                keyboard.stroke_end({i.x, i.y});
            } else if constexpr (std::is_same_v<T, intent::StrokeUndo>) {
                keyboard.stroke_undo();
            } else if constexpr (std::is_same_v<T, intent::PadClear>) {
                keyboard.pad_clear();
            }
        },
        in);
    if (handled && keyboard.is_open()) text_edited(keyboard.field());
    return handled;
}

}  // namespace sk::kiosk
