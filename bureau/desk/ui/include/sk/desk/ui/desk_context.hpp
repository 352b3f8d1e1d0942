// The desk's one ImGui context: kiosk settings (no imgui.ini, no log, no clipboard), destroyed
// and recreated on every lock so ImGui's own copies of typed or shown text are freed through
// the zero-on-free allocator, and re-pointed at a new font atlas between frames.
#pragma once

#include <imgui.h>

#include "sk/kiosk/ui/context_cycler.hpp"

namespace sk::desk::ui {

class DeskContext {
  public:
    DeskContext(ImFontAtlas* atlas, ImFont* default_font, kiosk::ui::ContextHooks hooks = {});
    ~DeskContext();
    DeskContext(const DeskContext&) = delete;
    DeskContext& operator=(const DeskContext&) = delete;

    void recycle();
    // Between frames only. The caller keeps the old atlas alive until this returns.
    void swap_atlas(ImFontAtlas* atlas, ImFont* default_font);
    ImGuiContext* get() const { return ctx_; }
    int generation() const { return generation_; }

  private:
    void create();
    void destroy();
    ImFontAtlas* atlas_;
    ImFont* font_;
    kiosk::ui::ContextHooks hooks_;
    ImGuiContext* ctx_ = nullptr;
    int generation_ = 0;
};

}  // namespace sk::desk::ui
