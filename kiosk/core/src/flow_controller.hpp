// One controller per flow (attract/home, survey, tip, receipt lookup, submit error, admin).
// Each owns its flow's state, handles the intents of its screens and fills its part of the
// view model. The shell (kiosk_shell.hpp) finds the controller of the current screen in
// the screen table (screen_table.hpp) and hands it the intent; what is shared by every
// screen (overlays, language, the on-screen keyboard, the idle timer, wipes) stays there.
//
// Adding a screen: its enum value (screens.hpp), one row in the screen table, its intents
// in its flow's controller, its view in kiosk/ui/src/views/, its strings in assets/i18n.
#pragma once

#include <optional>

#include "keyboard.hpp"
#include "sk/kiosk/clock.hpp"
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/screens.hpp"
#include "sk/kiosk/view.hpp"

namespace sk::kiosk {

class FlowController {
  public:
    virtual ~FlowController() = default;

    // An intent on the home screen that may start this flow (StartSurvey, StartTip,
    // StartReceiptLookup, AdminCornerHold). The controller ignores the ones not its own.
    virtual void enter(const Intent&) {}
    // An intent on `on`, one of this flow's screens (usually the current one; a retry from
    // the submit error screen hands Submit to the review screen it came from).
    virtual void handle(Screen on, const Intent& in) = 0;
    // Fills this flow's part of the view for the current screen.
    virtual void fill_view(Screen current, AppView& v) const = 0;

    // The field if a person may type into it with the on-screen keyboard on `on`.
    virtual std::optional<KeyboardTarget> keyboard_target(Screen /*on*/, FieldId) const {
        return std::nullopt;
    }
    // A field's text changed (keyboard or ImGui): clear its error.
    virtual void text_edited(FieldId) {}
    // Something chosen or typed in this flow would be lost by leaving now.
    virtual bool has_input() const { return false; }
    // Zero what a person typed or chose (typed text lives in the shared TextPool, wiped by
    // the shell). A stored tip's receipt code survives this, not reset().
    virtual void wipe_typed() {}
    // Forget the session entirely (after wipe_typed()).
    virtual void reset() {}

    // Timers of the flow's own (the thanks page, the PIN lock-out countdown).
    virtual std::optional<Clock::time_point> deadline(Screen /*current*/) const {
        return std::nullopt;
    }
    // Time moved on; true when the view must be rebuilt. May end the session.
    virtual bool on_time(Screen /*current*/, Clock::time_point, const AppView& /*shown*/) {
        return false;
    }
};

}  // namespace sk::kiosk
