// The kiosk's screens. Exactly one Screen is current; an Overlay may sit on top of it
// (the UI draws the screen dimmed underneath). The UI switches on view().screen and
// never changes it itself: every change comes from App::dispatch() or App::tick().
#pragma once

namespace sk::kiosk {

enum class Screen {
    attract,  // "touch to start" in both languages; any touch -> home
    home,     // language switch, survey cards, anonymous tip, receipt lookup (or not-provisioned)

    survey_intro,     // title + intro text of the chosen survey, "Start"
    survey_question,  // one question per page, progress, back/next
    survey_review,    // every visible question with its answer; edit / submit
    survey_thanks,    // shown only after the record was committed; touch -> attract

    tip_intro,            // what the tip form is, that it is anonymous, no uploads
    tip_category,         // category + sub-kind (assets/tips/categories.json)
    tip_subject,          // unit/school (required), person or position (optional)
    tip_details,          // what happened (required), since when, how often
    tip_evidence,         // what evidence exists and where (text only, no uploads)
    tip_contact,          // "contact me" toggle (off), contact field when on
    tip_contact_confirm,  // plain warning that contact details remove anonymity: yes / no
    tip_review,           // every field; edit a page / submit
    receipt_shown,        // tip committed: receipt code + QR, "I have noted my code"

    receipt_lookup,  // type a code (on-screen keyboard), check
    receipt_result,  // status + reply from the latest signed board, or "no update yet"

    submit_error,  // commit failed or anti-flood refusal; input kept; retry / back

    admin_pin,         // PIN pad, lock-out countdown
    admin_home,        // counts only; export, import, change PIN, quit, leave
    admin_change_pin,  // new PIN twice
};
// Screens are numbered 0 .. kScreenCount - 1 (the screen -> controller table covers each).
constexpr int kScreenCount = static_cast<int>(Screen::admin_change_pin) + 1;

enum class Overlay {
    none,
    still_there,   // idle: "Still there?" with a countdown; keep_going dismisses
    confirm_exit,  // Exit with something entered: "clear and leave?" (ConfirmExit / KeepGoing)
};

// Stable snake_case name (logs, tests).
const char* screen_name(Screen s);

// True for screens that belong to one respondent's session (leaving them wipes).
bool is_session_screen(Screen s);

}  // namespace sk::kiosk
