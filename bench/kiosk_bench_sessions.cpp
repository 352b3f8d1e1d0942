#include "kiosk_bench_sessions.hpp"

#include <chrono>
#include <cstring>
#include <string>

namespace sk::bench {

namespace {

namespace in = kiosk::intent;
using kiosk::Screen;
constexpr int kMaxSteps = 60;  // more pages than any demo survey or the tip form has

double micros_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
}

Error stuck(const KioskScene& s, const std::string& where) {
    return Error{Errc::internal, std::string("kiosk bench: stuck ") + where + " on screen " +
                                     kiosk::screen_name(s.view().screen)};
}

Result<void> to_home(KioskScene& s) {
    if (s.view().screen != Screen::home) s.act(in::Exit{});
    // Exit with text entered asks first ("clear and leave").
    if (s.view().screen != Screen::home && s.view().screen != Screen::attract)
        s.act(in::ConfirmExit{});
    if (s.view().screen == Screen::attract) s.act(in::TouchAnywhere{});
    if (s.view().screen != Screen::home) return stuck(s, "going home");
    return {};
}

// What a respondent types into a field: written into the core's buffer as ImGui would.
void type_into(KioskScene& s, kiosk::FieldId id, const char* text) {
    char* buf = s.app().text_buffer(id);
    const size_t cap = s.app().text_capacity(id);
    if (!buf || cap == 0) return;
    std::strncpy(buf, text, cap - 1);
    buf[cap - 1] = '\0';
    s.act(in::TextEdited{id});
}

void answer(KioskScene& s, const kiosk::QuestionView& q, size_t i) {
    using K = kiosk::QuestionKind;
    switch (q.kind) {
        case K::single:
        case K::likert5:
        case K::rating10:
            if (!q.options.empty()) s.act(in::ChooseOption{int(i % q.options.size())});
            break;
        case K::multi:
            for (int k = 0; k < std::max(1, q.min_choices) && k < int(q.options.size()); ++k)
                s.act(in::ToggleOption{k});
            break;
        case K::short_text:
        case K::long_text:
            if (q.required || i % 2 == 0) type_into(s, q.field, "希望学校加强管理，提高效率。");
            break;
        case K::number:
            s.act(in::SetNumber{2});
            break;
        case K::date:
            s.act(in::SetDate{2025, 9, 1});
            break;
    }
}

// Home -> tip -> "what happened" with the on-screen keyboard open (pinyin if built in).
Result<void> open_keyboard_screen(KioskScene& s) {
    SK_TRY(to_home(s));
    s.act(in::StartTip{});
    for (int step = 0; step < kMaxSteps && s.view().screen != Screen::tip_details; ++step) {
        if (s.view().screen == Screen::tip_category) s.act(in::ChooseTipCategory{0});
        if (s.view().screen == Screen::tip_subject) {
            for (const auto& f : std::vector<kiosk::FieldView>(s.view().tip.fields))
                if (f.required) type_into(s, f.id, "城关第一小学");
        }
        s.act(in::Next{});
    }
    if (s.view().screen != Screen::tip_details) return stuck(s, "on the way to tip details");
    s.act(in::KeyboardOpen{kiosk::field::tip_what});
    if (!s.view().keyboard.open) return stuck(s, "opening the keyboard");
    s.act(in::KeyboardSetMode{s.have_pinyin() ? kiosk::KeyboardMode::pinyin
                                              : kiosk::KeyboardMode::abc});

    return {};
}

// Pinyin syllables; a space commits the first candidate (in ABC it types a space).
constexpr char kText[] = "laoshi changqi budao gang kecheng you taren daishang ";

void press(KioskScene& s, size_t k) {
    const char c = kText[k % (sizeof kText - 1)];
    if (c == ' ') {
        s.app().dispatch(in::KeySpace{});
    } else {
        s.app().dispatch(in::KeyPress{char32_t(c)});
    }
}

}  // namespace

Result<void> survey_respondent(KioskScene& s, size_t i) {
    SK_TRY(to_home(s));
    const auto& cards = s.view().surveys;
    if (cards.empty()) return stuck(s, "no survey on home");
    s.act(in::StartSurvey{cards[i % cards.size()].id});
    for (int step = 0; step < kMaxSteps; ++step) {
        switch (s.view().screen) {
            case Screen::survey_intro:
                s.act(in::Next{});
                break;
            case Screen::survey_question: {
                const kiosk::QuestionView q = s.view().survey.question;  // a copy: act rebuilds
                answer(s, q, i);
                const int position = s.view().survey.position;
                s.act(in::Next{});
                if (s.view().screen == Screen::survey_question &&
                    s.view().survey.position == position)
                    return stuck(
                        s, "after Next (" + q.id + ": " + s.view().survey.question.error + ")");
                break;
            }
            case Screen::survey_review:
                s.act(in::Submit{});
                break;
            case Screen::survey_thanks:
                s.act(in::TouchAnywhere{});
                return {};
            default:
                return stuck(s, "in a survey");
        }
    }
    return stuck(s, "after too many survey steps");
}

Result<void> tip_respondent(KioskScene& s, size_t i) {
    SK_TRY(to_home(s));
    s.act(in::StartTip{});
    for (int step = 0; step < kMaxSteps; ++step) {
        const Screen screen = s.view().screen;
        switch (screen) {
            case Screen::tip_intro:
                s.act(in::Next{});
                continue;
            case Screen::tip_category: {
                const size_t n = s.view().tip.categories.size();
                if (n == 0) return stuck(s, "no tip categories");
                s.act(in::ChooseTipCategory{int(i % n)});
                break;
            }
            case Screen::tip_subject:
            case Screen::tip_details:
            case Screen::tip_evidence:
            case Screen::tip_contact: {
                const std::vector<kiosk::FieldView> fields = s.view().tip.fields;
                for (const auto& f : fields) {
                    if (f.required) type_into(s, f.id, "城关第一小学，长期不到岗。");
                }
                break;
            }
            case Screen::tip_review:
                s.act(in::Submit{});
                continue;
            case Screen::receipt_shown:
                s.act(in::ConfirmCodeNoted{});
                return {};
            default:
                return stuck(s, "in a tip");
        }
        s.act(in::Next{});
        if (s.view().screen == screen) return stuck(s, "after Next: " + s.view().tip.error);
    }
    return stuck(s, "after too many tip steps");
}

Result<TypingFrames> typing_frame_times(KioskScene& s, size_t keystrokes) {
    SK_TRY(open_keyboard_screen(s));
    TypingFrames out;
    out.still.reserve(keystrokes);
    out.typed.reserve(keystrokes);
    for (size_t k = 0; k < keystrokes; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        s.frame();
        out.still.push_back(micros_since(t0));
    }
    for (size_t k = 0; k < keystrokes; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        press(s, k);
        s.frame();
        out.typed.push_back(micros_since(t0));
        if (s.view().keyboard.full) s.act(in::KeyBackspace{});  // keep typing past the limit
    }
    SK_TRY(to_home(s));  // leaves with the typed text wiped
    return out;
}

Result<LoopTyping> loop_keystroke_times(KioskScene& s, size_t keystrokes, bool skip_identical) {
    SK_TRY(open_keyboard_screen(s));
    LoopTyping out;
    out.us.reserve(keystrokes);
    for (size_t k = 0; k < keystrokes; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        press(s, k);
        for (int f = 0; f < kLoopFramesPerInput; ++f)
            out.presented += s.loop_frame(skip_identical) ? 1 : 0;
        out.us.push_back(micros_since(t0));
        if (s.view().keyboard.full) s.act(in::KeyBackspace{});
    }
    SK_TRY(to_home(s));
    return out;
}

}  // namespace sk::bench
