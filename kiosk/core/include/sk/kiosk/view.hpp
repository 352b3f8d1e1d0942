// What the UI draws: a plain snapshot rebuilt by the core after every dispatch()/tick().
// Every string here is already localised into the current language; static labels
// (buttons etc.) come from App::tr("common.next"). Typed text is NOT copied into the view:
// text answers are referred to by FieldId and read from App::text_buffer() (text_fields.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/input_engines.hpp"
#include "sk/kiosk/keyboard_mode.hpp"
#include "sk/kiosk/screens.hpp"
#include "sk/kiosk/text_fields.hpp"

namespace sk::kiosk {

enum class QuestionKind { single, multi, likert5, rating10, short_text, long_text, number, date };

struct OptionView {
    std::string label;
    bool selected = false;
};

struct DatePickerView {
    int year = 0, month = 0, day = 0;
    bool chosen = false;
};

struct QuestionView {
    int index = -1;  // index in the survey (for EditQuestion)
    std::string id;
    QuestionKind kind = QuestionKind::single;
    std::string text;
    std::string help;  // may be empty
    bool required = false;
    std::vector<OptionView> options;       // single, multi, likert5 (5), rating10 (11: "0".."10")
    int min_choices = 0, max_choices = 0;  // multi
    FieldId field = field::none;           // short_text, long_text, number, date
    FieldKind field_kind = FieldKind::short_text;
    size_t max_len = 0;           // code points (text)
    std::string constraint;       // e.g. "Choose 1 to 3" / "0 – 120", may be empty
    bool number_negative = true;  // number: "-" makes sense (no minimum >= 0)
    bool number_decimal = true;   // number: "." makes sense (not an integer question)
    // date: the allowed range, "YYYY-MM-DD" ("today" resolved to the kiosk's local day);
    // empty when unbounded. The picker never steps outside it.
    std::string date_min, date_max;
    // date: what the picker shows. The answer's date, or (not chosen yet) today inside the
    // range as a starting point; `chosen` says which.
    DatePickerView picker;
    std::string error;  // localised validation message, empty if none
};

struct SurveyCardView {
    std::string id;
    std::string title;
    std::string intro;
    int question_count = 0;
    std::string audience;  // "for school staff" / "for parents", localised
};

// One line of a review page. Typed text is shown from `field` (read-only InputText or
// TextWrapped of the buffer); other answers come as a localised summary.
struct ReviewItem {
    std::string label;    // question text / field label
    std::string summary;  // choices, numbers; "(not answered)" when empty
    FieldId field = field::none;
    int edit_target = -1;  // EditQuestion index, or tip Screen for EditTipPage
    std::string error;     // when review found a problem
};

struct SurveyView {
    std::string title;
    std::string intro;
    std::string thanks;
    int position = 0;       // 1-based among the currently visible questions
    int visible_count = 0;  // progress = position / visible_count
    bool is_last = false;   // the next button becomes "review"
    QuestionView question;
    std::vector<ReviewItem> review;
};

struct FieldView {
    FieldId id;
    FieldKind kind = FieldKind::short_text;
    std::string label;
    std::string hint;
    bool required = false;
    size_t max_len = 0;  // code points
    std::string error;
};

struct TipCategoryView {
    std::string id;
    std::string label;
    std::string help;
    std::vector<std::string> subcategory_labels;
};

struct TipView {
    int page = 0;  // 1-based page number of the form, for the progress bar
    int page_count = 0;
    std::vector<TipCategoryView> categories;
    int category = -1;
    int subcategory = -1;
    std::vector<std::string> frequency_labels;  // "how often" choices (tip_details)
    int frequency = -1;
    std::vector<FieldView> fields;  // text fields on this page, in order
    bool contact_wanted = false;
    std::string contact_warning;  // plain text: leaving contact details removes anonymity
    std::string error;            // page-level problem (e.g. "choose a category")
    std::vector<ReviewItem> review;
};

struct ReceiptView {
    // receipt_shown: the new code. Views into core-owned secure memory, valid until the
    // next dispatch/tick; wiped by ConfirmCodeNoted / idle / exit.
    std::string_view code;          // canonical 18 symbols (QR payload)
    std::string_view code_grouped;  // "7KQ-M4T-XH2-9PB-RCW-E5N" (large type)
    // receipt_lookup / receipt_result
    FieldId input = field::receipt_code;
    std::string error;  // normalize_receipt reason, localised
    bool board_installed = false;
    bool found = false;
    std::string status;       // localised status label
    std::string reply;        // the bureau's reply text for this code (may be empty)
    std::string board_date;   // "YYYY-MM-DD" of the board
    std::string result_text;  // one-line summary ("No update yet" etc.)
};

struct SubmitErrorView {
    std::string message;          // localised, from error.<errc> or submit.too_soon
    std::string detail;           // one-line technical reason (no user text in it)
    int retry_after_seconds = 0;  // anti-flood: seconds until a tip is accepted
    Screen back_to = Screen::home;
};

struct CountRow {
    std::string label;
    int64_t count = 0;
};

struct AdminView {
    int pin_digits = 0;      // how many dots to draw
    int pin_min_digits = 6;  // PIN policy, for the change-PIN prompt
    int pin_max_digits = 12;
    int locked_seconds = 0;  // > 0: PIN pad disabled, show countdown
    int failed_attempts = 0;
    std::string message;  // localised result / error
    std::vector<CountRow> counts;
    bool sync_available = false;  // export/import buttons enabled
    // USB drive mount points, found on entering the admin home and after export/import.
    std::vector<std::string> usb_drives;
    int change_stage = 0;  // admin_change_pin: 0 = enter new, 1 = repeat new
    // Problems the kiosk found at start (e.g. an input engine whose data is missing); one
    // plain line each, not translated (they name packages and paths).
    std::vector<std::string> notices;
};

// The on-screen keyboard. Composition, candidates and strokes are views into the core's
// secure memory, valid until the next dispatch/tick, zeroed by every wipe.
struct KeyboardView {
    bool open = false;
    FieldId field = field::none;
    FieldKind field_kind = FieldKind::short_text;
    KeyboardMode mode = KeyboardMode::abc;
    bool available[kKeyboardModeCount] = {false, false, true};  // by KeyboardMode
    bool shift = false;                        // ABC: the next letter is upper case
    bool upper_only = false;                   // receipt codes: letters are always upper case
    bool symbols = false;                      // ABC: the digits and punctuation page
    std::string_view composition;              // pinyin letters being composed
    std::vector<std::string_view> candidates;  // the current page, best first
    int page = 0, page_count = 0;     // page_count: known pages (page + 2 while more follow)
    std::vector<StrokeView> strokes;  // handwriting, in pad coordinates
    bool full = false;                // the field cannot take another character
};

struct AppView {
    Screen screen = Screen::attract;
    Overlay overlay = Overlay::none;
    int still_there_seconds = 0;  // countdown shown on the overlay
    Lang lang = Lang::zh_CN;
    bool provisioned = false;         // a bureau key is installed
    std::string not_provisioned_msg;  // shown on home when !provisioned
    std::string idle_hint;            // e.g. "Nothing you type is kept" on attract

    std::vector<SurveyCardView> surveys;  // home
    SurveyView survey;
    TipView tip;
    ReceiptView receipt;
    SubmitErrorView submit_error;
    AdminView admin;
    KeyboardView keyboard;
};

}  // namespace sk::kiosk
