// Drives the real kiosk (GLFW window, OpenGL3 backend, recycled contexts) the way a
// person does: taps go through GLFW's own mouse callbacks at a warped pointer, so a tap
// after a reset takes the same path as on the kiosk (issue 11, defect 2). Each shot is
// saved as PNG and checked (shot_checks.hpp).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "shot_checks.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/kiosk/platform/staged_fonts.hpp"
#include "sk/kiosk/platform/window.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

namespace sk::kiosk::tour {

// Steady and wall clock the tour advances (idle overlay without waiting a minute).
struct TourClock {
    Clock::time_point steady{std::chrono::hours(1000)};
    WallClock::time_point wall = WallClock::now();
};

struct ShotOptions {
    bool overlay = false;  // a dimmed overlay is up: only its own text, no background check
};

class GlTour {
  public:
    GlTour(platform::Window& win, App& app, ui::KioskUi& kui, ui::ContextCycler& contexts,
           platform::StagedFonts& fonts, std::shared_ptr<TourClock> clock,
           std::filesystem::path out_dir);

    App& app() { return app_; }
    const AppView& view() const { return app_.view(); }
    Screen screen() const { return app_.view().screen; }
    const ui::HitRegistry& hits() const { return hits_; }
    bool has(const std::string& id) const { return hits_.has(id); }

    void frames(int n = 2);
    // Tap on the control `id` of the last frame (wheel-scrolls it into reach first).
    // Returns false (and records a failure) when there is no such control.
    bool tap(const std::string& id);
    void type(const std::u32string& text);  // through GLFW's character callback
    void advance(std::chrono::seconds d);   // the clock, then frames
    void dispatch(const Intent& i);         // gestures that take real seconds (admin hold)
    // The kiosk's stage 2 (staged_fonts.hpp): builds the full atlas and swaps it in
    // between frames, as the frame loop does once idle after the first frame.
    void swap_in_full_atlas();

    // Saves <out>/<respondent>-<nn>-<name>.png and checks it.
    void shot(const std::string& name, ShotOptions o = {});
    void set_respondent(int r) { respondent_ = r; }
    void fail(const std::string& what);

    int shots() const { return shots_; }
    const std::vector<std::string>& failures() const { return failures_; }
    int glyphs_checked() const { return glyphs_checked_; }
    double min_contrast() const { return min_contrast_; }

  private:
    void one_frame(bool capture);
    void button(int action);

    platform::Window& win_;
    App& app_;
    ui::KioskUi& kui_;
    ui::ContextCycler& contexts_;
    platform::StagedFonts& fonts_;
    std::shared_ptr<TourClock> clock_;
    std::filesystem::path out_;
    ui::HitRegistry hits_;
    uint64_t seen_wipe_ = 0;
    int respondent_ = 1;
    int shots_ = 0;
    int seq_ = 0;
    uint32_t home_bg_ = 0;
    bool have_home_bg_ = false;
    std::vector<std::string> failures_;
    int glyphs_checked_ = 0;
    double min_contrast_ = 1e9;
    // Captured by the last frame with capture on.
    Image frame_, behind_;
    std::vector<Glyph> glyphs_;
    std::vector<std::string> scrolling_;
};

}  // namespace sk::kiosk::tour
