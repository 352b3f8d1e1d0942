// One desk frame: a full-window panel with the navigation bar (when unlocked) and the
// current screen's view; the intents the views emitted are dispatched after drawing.
#pragma once

#include "sk/desk/desk.hpp"
#include "sk/desk/ui/desk_fonts.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"

namespace sk::desk::ui {

class DeskUi {
  public:
    DeskUi(Desk& desk, DeskFonts fonts) : desk_(desk), fonts_(fonts) {}
    void set_fonts(DeskFonts f) { fonts_ = f; }
    // Between ImGui::NewFrame and ImGui::Render. Returns the number of intents dispatched.
    int frame(kiosk::ui::HitRegistry* hits = nullptr);
    // Scrolls the Cases table by `px` in the next frame (PageUp/PageDown do the same;
    // the benchmark uses it because GLFW's backend reads the real pointer every frame).
    void request_scroll(float px) { scroll_px_ += px; }

  private:
    Desk& desk_;
    DeskFonts fonts_;
    float scroll_px_ = 0;
};

// The desk's look: dark text on light panels, desk-sized padding. After context creation.
void apply_desk_style(ImGuiStyle& style);

}  // namespace sk::desk::ui
