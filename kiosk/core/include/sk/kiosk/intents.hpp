// What the person at the screen (or the platform) asks the core to do. The UI emits one
// intent per user action via App::dispatch(); the core decides what it means on the
// current screen and ignores intents that make no sense there (never crashes on them).
// Every intent counts as activity and restarts the idle timer.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <variant>

#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/keyboard_mode.hpp"
#include "sk/kiosk/text_fields.hpp"

namespace sk::kiosk {
namespace intent {

// Any touch/click/key anywhere (attract -> home; elsewhere: only resets the idle timer).
struct TouchAnywhere {};

// Home.
struct StartSurvey {
    std::string survey_id;
};
struct StartTip {};
struct StartReceiptLookup {};
struct SetLanguage {
    Lang lang = Lang::zh_CN;
};

// Survey question page. index is into QuestionView::options (for rating10 the index is
// the value 0..10; for likert5 it is value-1).
struct ChooseOption {
    int index = -1;
};
struct ToggleOption {  // multi choice
    int index = -1;
};
struct ClearAnswer {};  // removes the answer of the current question
// The UI edited a text buffer in place (see text_fields.hpp). Also used for number and
// date questions, whose typed text lives in a field too.
struct TextEdited {
    FieldId field;
};
// Convenience for pickers: writes the value into the current question's field.
struct SetNumber {
    double value = 0;
};
struct SetDate {
    int year = 0, month = 0, day = 0;
};
// Date picker steppers: `part` 0 year, 1 month, 2 day, one step up (+1) or down (-1) from
// the date the picker shows (QuestionView::picker); the core keeps it in the allowed range.
struct DateStep {
    int part = 0;
    int delta = 0;
};
struct DateUse {};  // "use this date": takes the date the picker shows as the answer
// Digit pad of a number question: '0'..'9', '-' or '.' appended to the question's field.
struct NumberKey {
    char key = '0';
};
struct NumberBackspace {};
// From a review page: jump to survey question `index` (QuestionView index into the
// survey) or to a tip page (`screen`, one of the tip_* screens).
struct EditQuestion {
    int index = -1;
};
struct EditTipPage {
    int screen = 0;  // static_cast<int>(Screen::tip_subject), ...
};

// Tip form.
struct ChooseTipCategory {
    int index = -1;
};
struct ChooseTipSubcategory {
    int index = -1;  // -1 = none
};
struct ChooseTipFrequency {
    int index = -1;  // into TipView::frequency_labels; -1 = none
};
struct SetContactWanted {  // on -> tip_contact_confirm first; off wipes the contact field
    bool wanted = false;
};
struct ConfirmContact {};  // "Yes, I want to be contacted" on tip_contact_confirm
struct CancelContact {};   // "No, stay anonymous"

// Navigation shared by survey, tip form, lookup, errors.
struct Next {};
struct Back {};
struct Review {};  // jump to the review page (when every page so far is valid)
struct Submit {};  // review pages: seal + store; submit_error: retry; receipt_lookup: check
struct ConfirmCodeNoted {};  // receipt_shown: "I have noted my code" -> wipe -> attract
// Exit / 退出: wipe now -> attract; with an answer or text entered it first asks
// (Overlay::confirm_exit). From the "Still there?" overlay it never asks (it said so).
struct Exit {};
struct ConfirmExit {};  // "clear and leave" on Overlay::confirm_exit
struct KeepGoing {};    // dismiss the "Still there?" or the exit question

// Admin. The UI reports how long the top-left corner has been held (continuously, each
// frame while held, or once on release); >= 5 s on attract/home opens the PIN pad.
struct AdminCornerHold {
    std::chrono::milliseconds held{0};
};
struct PinDigit {
    char digit = '0';  // '0'..'9'
};
struct PinBackspace {};
struct PinSubmit {};
struct AdminExport {
    std::string dir;  // e.g. the mounted USB stick
};
struct AdminImport {
    std::string dir;
};
struct AdminChangePin {};  // admin_home -> admin_change_pin
struct AdminLeave {};      // admin_home -> attract (wipe)
struct AdminQuit {};       // App::quit_requested() becomes true

// On-screen keyboard (keyboard.hpp in the core). The core edits the field's buffer itself:
// no TextEdited is needed for these. Ignored unless the keyboard is open (except Open) or
// when they make no sense in the current mode.
struct KeyboardOpen {  // tap on a text field listed on the current screen
    FieldId field;
};
struct KeyboardClose {};  // "hide keyboard"; a pending composition is dropped
struct KeyboardSetMode {
    KeyboardMode mode = KeyboardMode::abc;
};
// A key with a character on it (also a physical key in development). In pinyin mode a-z
// and ' compose; anything else first commits the best candidate, then goes in as is.
struct KeyPress {
    char32_t code_point = 0;
};
struct KeyBackspace {};  // last composition letter, else the field's last code point
struct KeySpace {};      // pinyin while composing: commit the first candidate of the page
struct KeyShift {};      // ABC: next letter upper case (one shot)
struct KeySymbols {};    // ABC: letters <-> digits and punctuation page
struct CandidatePick {
    int index = -1;  // on the current page (KeyboardView::candidates)
};
struct CandidatePage {
    int delta = 0;  // +1 next page, -1 previous
};
// Handwriting pad; x, y in [0, 1) across the square pad, origin top-left.
struct StrokeBegin {
    float x = 0, y = 0;
};
struct StrokeMove {
    float x = 0, y = 0;
};
struct StrokeEnd {  // recognises the strokes so far
    float x = 0, y = 0;
};
struct StrokeUndo {};
struct PadClear {};

}  // namespace intent

using Intent = std::variant<
    intent::TouchAnywhere, intent::StartSurvey, intent::StartTip, intent::StartReceiptLookup,
    intent::SetLanguage, intent::ChooseOption, intent::ToggleOption, intent::ClearAnswer,
    intent::TextEdited, intent::SetNumber, intent::SetDate, intent::EditQuestion,
    intent::EditTipPage, intent::ChooseTipCategory, intent::ChooseTipSubcategory,
    intent::ChooseTipFrequency, intent::SetContactWanted, intent::ConfirmContact,
    intent::CancelContact, intent::Next, intent::Back, intent::Review, intent::Submit,
    intent::ConfirmCodeNoted, intent::Exit, intent::ConfirmExit, intent::KeepGoing,
    intent::AdminCornerHold, intent::PinDigit, intent::PinBackspace, intent::PinSubmit,
    intent::AdminExport, intent::AdminImport, intent::AdminChangePin, intent::AdminLeave,
    intent::AdminQuit, intent::KeyboardOpen, intent::KeyboardClose, intent::KeyboardSetMode,
    intent::KeyPress, intent::KeyBackspace, intent::KeySpace, intent::KeyShift, intent::KeySymbols,
    intent::CandidatePick, intent::CandidatePage, intent::StrokeBegin, intent::StrokeMove,
    intent::StrokeEnd, intent::StrokeUndo, intent::PadClear, intent::DateStep, intent::DateUse,
    intent::NumberKey, intent::NumberBackspace>;

// Stable name of the intent's alternative (tests, debug overlay). Never includes payload.
const char* intent_name(const Intent& i);

}  // namespace sk::kiosk
