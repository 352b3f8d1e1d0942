// What every view gets: the core (read-only view + strings + in-place text buffers), the
// fonts and metrics, the test hook, and an outbox for intents. Views never call
// App::dispatch() themselves: the snapshot they read (App::view()) is rebuilt by every
// dispatch, so intents are queued and sent after the frame is drawn.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "sk/kiosk/app.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"
#include "sk/kiosk/ui/theme.hpp"

namespace sk::kiosk::ui {

// How the current screen is framed; a view sets it before begin_screen().
struct FrameLayout {
    bool footer = true;               // back / next bar
    bool language_in_header = false;  // 简体中文 / English instead of Exit (home)
    bool exit_in_header = true;       // Exit / 退出 (every respondent screen)
    // Digit pad docked above the footer for a number question (the body shrinks). The
    // text keyboard docks by itself whenever the core's view().keyboard is open. The pad's
    // keys go to the current question's field (NumberKey intents).
    FieldId numeric_field = field::none;
    bool numeric_negative = true;  // the pad offers "-"
    bool numeric_decimal = true;   // the pad offers "."
    // Tip pages after which only optional pages follow: a middle footer button goes
    // straight to the review (Intent Review; the contact switch stays off).
    bool skip_to_review = false;
};

// Presentational state that lives across frames and contexts. Never holds typed text of
// a respondent (that lives only in the core's secure buffers).
struct UiState {
    // Admin export/import folder (a mount point, not respondent data).
    std::array<char, 512> admin_dir{};
    // Handwriting pad: a stroke is being drawn (the press started on the pad).
    bool pad_drawing = false;
    // The field the keyboard edits is scrolled into view when it opens and after each
    // edit, not every frame (the person may scroll to other controls meanwhile).
    FieldId scrolled_field = field::none;
    size_t scrolled_size = 0;  // text + composition bytes at the last scroll
    // Admin home: "quit" was tapped once and waits for the confirmation.
    bool admin_quit_confirm = false;
    // Drag-to-scroll (touch_scroll): the window being dragged (0: none) and where its
    // scroll would be with the finger back at the press position.
    ImGuiID drag_scroll_window = 0;
    float drag_scroll_start = 0;
    // The last frame sent Next / Review / Submit / a choice: the first error drawn now is
    // scrolled into view (once; the person may scroll away afterwards).
    bool reveal_error = false;
};

class ViewContext {
  public:
    ViewContext(App& app, const UiFonts& fonts, const Metrics& metrics, UiState& state,
                HitRegistry* hits)
        : app_(app), view_(app.view()), fonts_(fonts), m_(metrics), state_(state), hits_(hits) {}

    const AppView& view() const { return view_; }
    App& app() { return app_; }
    const UiFonts& fonts() const { return fonts_; }
    const Metrics& m() const { return m_; }
    UiState& state() { return state_; }
    HitRegistry* hits() { return hits_; }

    std::string tr(std::string_view key, const Params& params = {}) const {
        return app_.tr(key, params);
    }
    // The same key in both languages ("退出 / Exit"), for the controls a person who reads
    // only one of them must still find.
    std::string tr_both(std::string_view key) const;

    FrameLayout layout;

    void emit(Intent intent) { outbox_.push_back(std::move(intent)); }
    std::vector<Intent> take_intents() { return std::move(outbox_); }
    bool has_intents() const { return !outbox_.empty(); }

    // Records a shown string for the glyph-coverage test (no-op without a registry).
    void shown(std::string_view text) {
        if (hits_) hits_->add_text(text);
    }

  private:
    App& app_;
    const AppView& view_;
    UiFonts fonts_;
    Metrics m_;
    UiState& state_;
    HitRegistry* hits_;
    std::vector<Intent> outbox_;
};

}  // namespace sk::kiosk::ui
