// What a flow controller may ask of the shell that routes between flows. Controllers get
// this and the shared services they use (clock, store, sealer, i18n, text pool) explicitly
// in their constructors: nothing reaches into another controller's state.
#pragma once

#include <string>

#include "flow.hpp"
#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/screens.hpp"
#include "sk/result.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

// A failed submit (commit error, anti-flood refusal): what the error screen shows.
struct SubmitFailure {
    Message message;
    std::string detail;  // one-line technical reason (never user text)
    Screen back_to = Screen::home;
    int retry_after_seconds = 0;
};

class FlowHost {
  public:
    virtual Screen screen() const = 0;
    virtual Lang lang() const = 0;
    virtual void go(Screen s) = 0;

    // Home hands a starting intent to the flow it starts (survey, tip, lookup, admin).
    virtual void enter(Flow f, const Intent& in) = 0;
    // A new respondent session: the previous one is wiped and its buffers freed.
    virtual void new_session() = 0;
    // Zeroes everything typed (the stored tip's code stays until it was noted).
    virtual void wipe_typed() = 0;
    // Wipes everything and goes to `s` (home after Back, attract at the end).
    virtual void leave_session(Screen s) = 0;
    // The on-screen keyboard on `f` if the current screen lets a person type into it.
    virtual void open_keyboard(FieldId f) = 0;

    virtual void show_submit_error(SubmitFailure f) = 0;
    // Retry from the error screen: Submit handed to the review screen it came from.
    virtual void retry_submit(Screen review) = 0;

    // Re-reads surveys and keys after an import (outside any respondent session).
    virtual Result<void> reload_content() = 0;
    virtual void quit() = 0;

  protected:
    ~FlowHost() = default;
};

}  // namespace sk::kiosk
