// Intents -> state changes. An intent that makes no sense on the current screen is ignored
// (the UI may be one frame behind); none of them can crash the core.
#include <algorithm>

#include "app_impl.hpp"
#include "sk/crypto/receipt.hpp"

namespace sk::kiosk {

namespace {

bool is_tip_page(Screen s) {
    const auto& p = tip_pages();
    return std::find(p.begin(), p.end(), s) != p.end();
}

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

void AppImpl::go(Screen s) {
    screen = s;
    dirty = true;
}

void AppImpl::start_survey(const std::string& id) {
    if (!content.bureau) return;
    auto it = std::find_if(content.surveys.begin(), content.surveys.end(),
                           [&](const survey::Survey& s) { return s.id == id; });
    if (it == content.surveys.end()) return;
    wipe_all();
    pool.release_all();  // previous respondent's (zeroed) buffers
    runner.emplace(*it, pool);
    go(it->intro.empty() ? Screen::survey_question : Screen::survey_intro);
}

void AppImpl::start_tip() {
    if (!content.bureau) return;
    wipe_all();
    pool.release_all();
    tip.emplace(tip_cats, pool);
    go(Screen::tip_intro);
}

void AppImpl::start_lookup() {
    wipe_all();
    pool.release_all();
    pool.ensure(field::receipt_code, 64);
    lookup_error = {};
    go(Screen::receipt_lookup);
    // The code is the only thing to do here: its keyboard is up from the start.
    if (auto t = keyboard_target(field::receipt_code)) keyboard.open(*t, lang);
}

void AppImpl::survey_next() {
    bool at_end = false;
    if (runner->next(today(), at_end)) return;
    if (at_end) survey_review();
}

void AppImpl::survey_back() {
    if (!runner->back()) {
        if (!runner->survey().intro.empty()) {
            go(Screen::survey_intro);
        } else {
            wipe_all();  // back from the first question without an intro: leave
            go(Screen::home);
        }
    }
}

void AppImpl::survey_review() {
    runner->validate_all(today());
    go(Screen::survey_review);
}

void AppImpl::tip_next() {
    if (!tip->validate(screen)) return;
    const auto& p = tip_pages();
    auto it = std::find(p.begin(), p.end(), screen);
    if (it + 1 == p.end()) {
        tip_review();
    } else {
        go(*(it + 1));
        // A required text field that is still empty is what the person does next: its
        // keyboard is up already (one tap less, as on the receipt lookup).
        for (const TipFieldSpec& spec : tip_field_specs()) {
            if (spec.page != screen || !(spec.id == field::tip_unit || spec.id == field::tip_what))
                continue;
            if (!pool.text(spec.id).empty()) continue;
            if (auto t = keyboard_target(spec.id)) keyboard.open(*t, lang);
        }
    }
}

void AppImpl::tip_back() {
    const auto& p = tip_pages();
    auto it = std::find(p.begin(), p.end(), screen);
    if (it == p.begin()) {
        go(Screen::tip_intro);
    } else if (it != p.end()) {
        go(*(it - 1));
    }
}

void AppImpl::tip_review() {
    if (tip->validate(Screen::tip_review)) {
        go(Screen::tip_review);
    } else {
        go(tip->first_invalid_page());
    }
}

void AppImpl::dispatch(const Intent& in) {
    activity();
    const bool from_still_there = overlay == Overlay::still_there;
    if (overlay == Overlay::confirm_exit) {
        // Only the question's two answers count; the screen underneath is not live.
        if (std::holds_alternative<intent::ConfirmExit>(in)) {
            end_session();
        } else if (std::holds_alternative<intent::KeepGoing>(in)) {
            overlay = Overlay::none;
            dirty = true;
        }
        return;
    }
    if (overlay == Overlay::still_there) {
        overlay = Overlay::none;  // any input means someone is there
        dirty = true;
        if (std::holds_alternative<intent::KeepGoing>(in) ||
            std::holds_alternative<intent::TouchAnywhere>(in))
            return;
    }
    if (screen == Screen::attract && !std::holds_alternative<intent::AdminCornerHold>(in)) {
        go(Screen::home);
        return;
    }
    if (keyboard_dispatch(in)) {
        dirty = true;
        return;
    }
    // Leaving the field or the page (Next, Back, Review, a choice...): pinyin letters not
    // yet turned into characters go in as typed, before anything validates the field.
    if (keyboard.is_open() && keyboard.has_pending() &&
        !std::holds_alternative<intent::TouchAnywhere>(in) &&
        !std::holds_alternative<intent::Exit>(in)) {
        keyboard.commit_letters();
        text_edited(keyboard.field());
    }
    const Screen s = screen;
    std::visit(
        Overloaded{
            [&](const intent::TouchAnywhere&) {
                if (s == Screen::survey_thanks) end_session();
            },
            [&](const intent::StartSurvey& i) {
                if (s == Screen::home) start_survey(i.survey_id);
            },
            [&](const intent::StartTip&) {
                if (s == Screen::home) start_tip();
            },
            [&](const intent::StartReceiptLookup&) {
                if (s == Screen::home) start_lookup();
            },
            [&](const intent::SetLanguage& i) {
                lang = i.lang;
                i18n.set_lang(i.lang);
                dirty = true;
            },
            [&](const intent::ChooseOption& i) {
                if (s == Screen::survey_question) runner->choose(i.index);
            },
            [&](const intent::ToggleOption& i) {
                if (s == Screen::survey_question) runner->toggle(i.index);
            },
            [&](const intent::ClearAnswer&) {
                if (s == Screen::survey_question) runner->clear_answer();
            },
            [&](const intent::TextEdited& i) { text_edited(i.field); },
            [&](const intent::SetNumber& i) {
                if (s == Screen::survey_question) runner->set_number(i.value);
            },
            [&](const intent::SetDate& i) {
                if (s == Screen::survey_question)
                    runner->set_date(survey::Date{i.year, i.month, i.day});
            },
            [&](const intent::EditQuestion& i) {
                if (s == Screen::survey_review && i.index >= 0 && runner->go_to(size_t(i.index)))
                    go(Screen::survey_question);
            },
            [&](const intent::EditTipPage& i) {
                if (s == Screen::tip_review && is_tip_page(static_cast<Screen>(i.screen)))
                    go(static_cast<Screen>(i.screen));
            },
            [&](const intent::ChooseTipCategory& i) {
                if (s == Screen::tip_category) tip->choose_category(i.index);
            },
            [&](const intent::ChooseTipSubcategory& i) {
                if (s == Screen::tip_category) tip->choose_subcategory(i.index);
            },
            [&](const intent::ChooseTipFrequency& i) {
                if (s == Screen::tip_details) tip->choose_frequency(i.index);
            },
            [&](const intent::SetContactWanted& i) {
                if (s != Screen::tip_contact) return;
                if (i.wanted && !tip->contact_wanted) {
                    go(Screen::tip_contact_confirm);  // the warning comes first
                } else if (!i.wanted) {
                    tip->set_contact(false);
                }
            },
            [&](const intent::ConfirmContact&) {
                if (s != Screen::tip_contact_confirm) return;
                tip->set_contact(true);
                go(Screen::tip_contact);
            },
            [&](const intent::CancelContact&) {
                if (s != Screen::tip_contact_confirm) return;
                tip->set_contact(false);
                go(Screen::tip_contact);
            },
            [&](const intent::Next&) {
                if (s == Screen::survey_intro)
                    go(Screen::survey_question);
                else if (s == Screen::survey_question)
                    survey_next();
                else if (s == Screen::tip_intro)
                    go(Screen::tip_category);
                else if (is_tip_page(s))
                    tip_next();
                else if (s == Screen::receipt_lookup)
                    lookup_check();
                else if (s == Screen::survey_thanks)
                    end_session();
            },
            [&](const intent::Back&) {
                switch (s) {
                    case Screen::survey_intro:
                    case Screen::tip_intro:
                    case Screen::receipt_lookup:
                    case Screen::receipt_result:
                        wipe_all();
                        go(Screen::home);
                        break;
                    case Screen::survey_question:
                        survey_back();
                        break;
                    case Screen::survey_review:
                        go(Screen::survey_question);
                        break;
                    case Screen::tip_review:
                        go(Screen::tip_contact);
                        break;
                    case Screen::tip_contact_confirm:
                        tip->set_contact(false);
                        go(Screen::tip_contact);
                        break;
                    case Screen::submit_error:
                        go(submit_back);
                        break;
                    case Screen::admin_pin:
                    case Screen::admin_home:
                        admin_leave();
                        break;
                    case Screen::admin_change_pin:
                        admin_msg = {};
                        go(Screen::admin_home);
                        break;
                    default:
                        if (is_tip_page(s)) tip_back();
                }
            },
            [&](const intent::Review&) {
                if (s == Screen::survey_question)
                    survey_review();
                else if (is_tip_page(s))
                    tip_review();
            },
            [&](const intent::Submit&) {
                if (s == Screen::receipt_lookup)
                    lookup_check();
                else if (s == Screen::survey_review || s == Screen::tip_review ||
                         s == Screen::submit_error)
                    submit();
            },
            [&](const intent::ConfirmCodeNoted&) {
                if (s == Screen::receipt_shown) end_session();
            },
            [&](const intent::Exit&) {
                // Nothing to lose once the record is stored (receipt, thanks).
                const bool stored = s == Screen::receipt_shown || s == Screen::survey_thanks;
                if (from_still_there || stored || !is_session_screen(s) || !session_has_input()) {
                    end_session();
                } else {
                    overlay = Overlay::confirm_exit;
                }
            },
            [&](const intent::ConfirmExit&) {},
            [&](const intent::KeepGoing&) {},
            [&](const intent::AdminCornerHold& i) {
                if ((s == Screen::attract || s == Screen::home) && i.held >= kAdminHold)
                    admin_open();
            },
            [&](const intent::PinDigit& i) {
                if (s == Screen::admin_pin || s == Screen::admin_change_pin) pin_digit(i.digit);
            },
            [&](const intent::PinBackspace&) {
                if (s == Screen::admin_pin || s == Screen::admin_change_pin) pin_backspace();
            },
            [&](const intent::PinSubmit&) {
                if (s == Screen::admin_pin)
                    pin_submit();
                else if (s == Screen::admin_change_pin)
                    change_pin_submit();
            },
            [&](const intent::AdminExport& i) {
                if (s == Screen::admin_home && admin_authed) admin_export(i.dir);
            },
            [&](const intent::AdminImport& i) {
                if (s == Screen::admin_home && admin_authed) admin_import(i.dir);
            },
            [&](const intent::AdminChangePin&) {
                if (s != Screen::admin_home || !admin_authed) return;
                change_stage = 0;
                pin_len = pin_first_len = 0;
                admin_msg = {};
                go(Screen::admin_change_pin);
            },
            [&](const intent::AdminLeave&) {
                if (s == Screen::admin_home) admin_leave();
            },
            [&](const intent::AdminQuit&) {
                if (s == Screen::admin_home && admin_authed) {
                    wipe_all();
                    quit = true;
                    dirty = true;
                }
            },
            [&](const auto& k) {
                static_assert(is_keyboard_intent_v<std::decay_t<decltype(k)>>,
                              "every other intent is handled above");
            },
        },
        in);
    keyboard_follow_screen();
    dirty = true;
}

}  // namespace sk::kiosk
