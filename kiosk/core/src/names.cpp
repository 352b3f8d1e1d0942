// Stable names for screens and intents (tests, debug overlay). No payloads, ever.
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/screens.hpp"

namespace sk::kiosk {

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::attract:
            return "attract";
        case Screen::home:
            return "home";
        case Screen::survey_intro:
            return "survey_intro";
        case Screen::survey_question:
            return "survey_question";
        case Screen::survey_review:
            return "survey_review";
        case Screen::survey_thanks:
            return "survey_thanks";
        case Screen::tip_intro:
            return "tip_intro";
        case Screen::tip_category:
            return "tip_category";
        case Screen::tip_subject:
            return "tip_subject";
        case Screen::tip_details:
            return "tip_details";
        case Screen::tip_evidence:
            return "tip_evidence";
        case Screen::tip_contact:
            return "tip_contact";
        case Screen::tip_contact_confirm:
            return "tip_contact_confirm";
        case Screen::tip_review:
            return "tip_review";
        case Screen::receipt_shown:
            return "receipt_shown";
        case Screen::receipt_lookup:
            return "receipt_lookup";
        case Screen::receipt_result:
            return "receipt_result";
        case Screen::submit_error:
            return "submit_error";
        case Screen::admin_pin:
            return "admin_pin";
        case Screen::admin_home:
            return "admin_home";
        case Screen::admin_change_pin:
            return "admin_change_pin";
    }
    return "unknown";
}

bool is_session_screen(Screen s) {
    switch (s) {
        case Screen::attract:
        case Screen::home:
        case Screen::survey_thanks:
            return false;
        default:
            return true;
    }
}

namespace {
constexpr const char* kIntentNames[] = {
    "touch_anywhere",
    "start_survey",
    "start_tip",
    "start_receipt_lookup",
    "set_language",
    "choose_option",
    "toggle_option",
    "clear_answer",
    "text_edited",
    "set_number",
    "set_date",
    "edit_question",
    "edit_tip_page",
    "choose_tip_category",
    "choose_tip_subcategory",
    "choose_tip_frequency",
    "set_contact_wanted",
    "confirm_contact",
    "cancel_contact",
    "next",
    "back",
    "review",
    "submit",
    "confirm_code_noted",
    "exit",
    "confirm_exit",
    "keep_going",
    "admin_corner_hold",
    "pin_digit",
    "pin_backspace",
    "pin_submit",
    "admin_export",
    "admin_import",
    "admin_change_pin",
    "admin_leave",
    "admin_quit",
    "keyboard_open",
    "keyboard_close",
    "keyboard_set_mode",
    "key_press",
    "key_backspace",
    "key_space",
    "key_shift",
    "key_symbols",
    "candidate_pick",
    "candidate_page",
    "stroke_begin",
    "stroke_move",
    "stroke_end",
    "stroke_undo",
    "pad_clear",
    "date_step",
    "date_use",
    "number_key",
    "number_backspace",
};
static_assert(sizeof(kIntentNames) / sizeof(kIntentNames[0]) == std::variant_size_v<Intent>,
              "one name per intent");
}  // namespace

const char* intent_name(const Intent& i) {
    return kIntentNames[i.index()];
}

}  // namespace sk::kiosk
