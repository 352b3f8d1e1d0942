// One ImGui context per respondent. After every wipe the platform destroys the context
// (its InputText edit state, undo buffers, clipboard and draw lists go back through the
// zero-on-free allocator) and creates a fresh one on the same font atlas, which is built
// at start-up (and replaced once, between frames, by set_fonts) and is the slow part; a new
// context costs a few milliseconds.
#pragma once

#include <imgui.h>

#include <functional>

namespace sk::kiosk::ui {

struct ContextHooks {
    // After a context is created and made current (init platform/renderer backends).
    std::function<void(ImGuiContext*)> attach;
    // Before a context is destroyed, while it is current (shut the backends down).
    std::function<void(ImGuiContext*)> detach;
    // After set_fonts() pointed the current context at a new atlas (upload its texture).
    std::function<void(ImGuiContext*)> fonts_changed;
};

class ContextCycler {
  public:
    // `atlas` must outlive the cycler and be built with the zero-on-free allocator.
    ContextCycler(ImFontAtlas* atlas, ImFont* default_font, ContextHooks hooks = {});
    ~ContextCycler();
    ContextCycler(const ContextCycler&) = delete;
    ContextCycler& operator=(const ContextCycler&) = delete;

    ImGuiContext* create();  // first context; no-op if one exists
    void recycle();          // destroy + create
    void destroy();
    // Between frames only: the current and every later context use `atlas` (which must
    // outlive the cycler) with `default_font`. The old atlas may be freed afterwards.
    void set_fonts(ImFontAtlas* atlas, ImFont* default_font);
    ImGuiContext* current() const { return ctx_; }
    int generation() const { return generation_; }  // contexts created so far
    double last_recycle_ms() const { return last_recycle_ms_; }

  private:
    ImFontAtlas* atlas_;
    ImFont* default_font_;
    ContextHooks hooks_;
    ImGuiContext* ctx_ = nullptr;
    int generation_ = 0;
    double last_recycle_ms_ = 0;
};

// The settings every kiosk context gets: no imgui.ini, no log file, no clipboard (a copy
// of typed text must not reach the X server's selection), touch-friendly timings.
void configure_io(ImGuiIO& io);

}  // namespace sk::kiosk::ui
