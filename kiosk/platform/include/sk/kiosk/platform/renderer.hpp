// Glue between a Window, the ImGui GLFW + OpenGL3 backends and the UI: attach/detach the
// backends to each (recycled) context, and draw one frame.
#pragma once

#include <cstdint>
#include <functional>

#include "sk/kiosk/platform/window.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

namespace sk::kiosk::platform {

// Backends for each context. An atlas built with AtlasPixels::alpha8 is uploaded once, at
// the first attach, as a FontTexture that every later context reuses (no per-respondent
// upload, no CPU copy); an RGBA32 atlas is left to the backend as before. A new atlas given
// by ContextCycler::set_fonts is uploaded the same way and the old texture deleted.
ui::ContextHooks backend_hooks(const Window& window);

// A frame in two halves, so the frame loop can leave out rasterising a frame that would
// show the same picture as the one on screen (frame_fingerprint.hpp).
struct BuiltFrame {
    int intents = 0;            // intents the UI dispatched while building it
    int width = 0, height = 0;  // framebuffer size
    uint64_t fingerprint = 0;
};
// NewFrame (backends, ImGui), the UI's frame (which dispatches intents), Render.
BuiltFrame build_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits = nullptr);
// Clear, draw the frame just built, swap. `before_swap(width, height)` may read the back
// buffer (screenshot test).
void present_frame(const Window& window, const BuiltFrame& frame,
                   const std::function<void(int, int)>& before_swap = {});

// build_frame + present_frame. Returns the number of intents the frame dispatched.
int render_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits = nullptr,
                 const std::function<void(int, int)>& before_swap = {});

}  // namespace sk::kiosk::platform
