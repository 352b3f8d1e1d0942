// The desk in a real window: GLFW + OpenGL3 backends (the kiosk's Window and backend hooks),
// the font baker and atlas swaps, the context recycled on lock, an event-driven loop. Used by
// bureau-desk, the Xvfb screenshot test and the benchmark.
#pragma once

#include <functional>
#include <memory>

#include "sk/desk/desk.hpp"
#include "sk/desk/ui/desk_context.hpp"
#include "sk/desk/ui/desk_fonts.hpp"
#include "sk/desk/ui/desk_ui.hpp"
#include "sk/kiosk/platform/window.hpp"

namespace sk::desk::ui {

class DeskRuntime {
  public:
    // The zero-on-free allocator must be installed and crypto initialised.
    static Result<std::unique_ptr<DeskRuntime>> open(Desk& desk,
                                                     const kiosk::platform::WindowOptions& wo,
                                                     bool common_hanzi = true);
    ~DeskRuntime();

    // One frame; `before_swap(w, h)` may read the back buffer. Then the desk's tick, the
    // context recycle after a lock and an atlas rebuild when new characters came in.
    void frame(kiosk::ui::HitRegistry* hits = nullptr,
               const std::function<void(int, int)>& before_swap = {});
    // Until the window is closed: waits for events (or 0.5 s, for the idle lock).
    void run();
    bool should_close() const;
    const FontBaker& baker() const { return *baker_; }
    DeskFonts fonts() const { return desk_fonts(*atlas_); }
    GLFWwindow* window() const { return window_->handle(); }
    DeskUi& ui() { return *ui_; }
    // CPU time of the last frame's NewFrame..Render (views, core calls, ImGui layout).
    double last_ui_ms() const { return last_ui_ms_; }

  private:
    DeskRuntime(Desk& desk) : desk_(desk) {}
    void after_frame();

    Desk& desk_;
    std::unique_ptr<kiosk::platform::Window> window_;
    std::unique_ptr<FontBaker> baker_;
    std::unique_ptr<kiosk::platform::BuiltAtlas> atlas_;
    std::unique_ptr<DeskContext> ctx_;
    std::unique_ptr<DeskUi> ui_;
    double last_ui_ms_ = 0;
    int seen_wipe_ = 0;
    int seen_data_ = -1;
};

}  // namespace sk::desk::ui
