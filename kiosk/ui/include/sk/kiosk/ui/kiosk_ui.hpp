// The UI half of the kiosk: draws the core's current view into the current ImGui context
// and hands what the person did back to the core as intents. No decisions are made here:
// which screen comes next, what is valid and when to wipe are all the core's.
#pragma once

#include <optional>

#include "sk/kiosk/app.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"
#include "sk/kiosk/ui/theme.hpp"
#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

class KioskUi {
  public:
    KioskUi(App& app, const UiFonts& fonts);

    // Call between ImGui::NewFrame() and ImGui::Render(): draws the screen (and overlay),
    // then dispatches the frame's intents in order. Returns how many were dispatched.
    // `hits` (tests, glyph check) records controls and strings; may be null.
    int frame(HitRegistry* hits = nullptr);

    // Seconds until the UI needs a frame although nothing happened (the admin corner is
    // being held and the hold time must reach the core); nullopt when it does not.
    std::optional<double> wants_frame_in() const;

    UiState& state() { return state_; }
    // Between frames: the fonts of the atlas now in use (the full atlas swapped in after
    // the first frame, issue 17). The old fonts may be freed afterwards.
    void set_fonts(const UiFonts& fonts) { fonts_ = fonts; }
    const UiFonts& fonts() const { return fonts_; }

  private:
    App& app_;
    UiFonts fonts_;
    UiState state_;
    bool corner_held_ = false;
    uint64_t wipe_seen_ = 0;
};

}  // namespace sk::kiosk::ui
