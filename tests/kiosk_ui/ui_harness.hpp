// Headless driver for the kiosk UI: the real core (App on a temp data dir with the demo
// assets and a fake clock), the real views, an ImGui context with no renderer (display
// size set, font atlas built from the real CJK font), and input injected frame by frame
// the way Dear ImGui 1.86 expects it (io.MousePos / io.MouseDown[0] /
// io.AddInputCharactersUTF8 / io.KeysDown[] via io.KeyMap[]).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sk/kiosk/app.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

#include "../common/temp_dir.hpp"

namespace sk::kiosk::uitest {

std::filesystem::path source_dir();

using sk::testing::TempDir;

// Shared state so the lambdas inside AppConfig::clocks see advances.
struct FakeClock {
    struct State {
        Clock::time_point steady{std::chrono::hours(1000)};
        WallClock::time_point wall = WallClock::now();
    };
    std::shared_ptr<State> s = std::make_shared<State>();
    Clocks clocks() const;
    Clock::time_point now() const { return s->steady; }
    void advance(std::chrono::milliseconds d) {
        s->steady += d;
        s->wall += d;
    }
};

// The shared font atlas of the test process (built once; contexts are recycled on it).
struct TestFonts {
    ImFontAtlas* atlas;
    ui::UiFonts fonts;
};
const TestFonts& test_fonts(const App& app);

class UiHarness {
  public:
    UiHarness();
    // With the on-screen keyboard's engines (AppConfig::make_input_engines).
    explicit UiHarness(InputEnginesFactory engines);
    ~UiHarness();

    App& app() { return *app_; }
    const AppView& view() const { return app_->view(); }
    Screen screen() const { return app_->view().screen; }
    ui::HitRegistry& hits() { return hits_; }
    ui::ContextCycler& contexts() { return *contexts_; }
    FakeClock& clock() { return clock_; }

    // One ImGui frame: NewFrame, the UI (which dispatches), Render; then the platform
    // loop's duties: tick the core, recycle the context when the wipe generation moved.
    void frame(float dt = 1.0f / 60.0f);
    void settle() {
        frame();
        frame();
    }

    // Press and release on the control recorded under `id` in the last frame; fails the
    // test (with the ids that were there) if there is none.
    void click(std::string_view id);
    bool has(std::string_view id) const { return hits_.has(id); }
    // Press and release at a position (a touch on nothing in particular).
    void tap(ImVec2 pos);
    // Text through ImGui's character queue (as GLFW's char callback does).
    void type(std::string_view utf8);
    void key(ImGuiKey key);  // press + release a named key
    // Advance the fake clock and run frames as the platform loop would.
    void idle(std::chrono::milliseconds d);

    // Press at pts[0], move through the rest one frame each, release at the last.
    void drag(const std::vector<ImVec2>& pts);

    // Holds the mouse at `pos` for `seconds`, in frames of `step` seconds.
    void hold(ImVec2 pos, float seconds, float step = 0.5f);

    // Exit / 退出, then "clear and leave" if the kiosk asks.
    void exit_session();

    int wipes_seen() const { return wipes_seen_; }
    int taps() const { return taps_; }  // tap() calls (click() included) so far

  private:
    TempDir dir_;
    FakeClock clock_;
    std::unique_ptr<App> app_;
    std::unique_ptr<ui::KioskUi> ui_;
    std::unique_ptr<ui::ContextCycler> contexts_;
    ui::HitRegistry hits_;
    uint64_t seen_wipe_ = 0;
    int wipes_seen_ = 0;
    int taps_ = 0;
};

std::string ids_of(const ui::HitRegistry& hits);

}  // namespace sk::kiosk::uitest
