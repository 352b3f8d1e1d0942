// Glue between a Window, the ImGui GLFW + OpenGL3 backends and the UI: attach/detach the
// backends to each (recycled) context, and draw one frame.
#pragma once

#include <functional>

#include "sk/kiosk/platform/window.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

namespace sk::kiosk::platform {

// Backends for each context. An atlas built with AtlasPixels::alpha8 is uploaded once, at
// the first attach, as a FontTexture that every later context reuses (no per-respondent
// upload, no CPU copy); an RGBA32 atlas is left to the backend as before.
ui::ContextHooks backend_hooks(const Window& window);

// NewFrame (backends, ImGui), the UI's frame (which dispatches intents), Render, clear,
// draw, swap. `before_swap(width, height)` may read the back buffer (screenshot test).
// Returns the number of intents the frame dispatched.
int render_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits = nullptr,
                 const std::function<void(int, int)>& before_swap = {});

}  // namespace sk::kiosk::platform
