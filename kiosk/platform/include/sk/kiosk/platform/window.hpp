// The GLFW window: fullscreen on the primary monitor (the kiosk), or a 1280x800 window for
// development (--windowed), with an OpenGL 3 context (2.1 as a fallback for old GPUs).
#pragma once

#include <string>

#include "sk/result.hpp"

struct GLFWwindow;

namespace sk::kiosk::platform {

struct WindowOptions {
    bool windowed = false;
    int width = 1280;  // windowed size
    int height = 800;
    bool visible = true;
};

// True when there is a display to open a window on (DISPLAY or WAYLAND_DISPLAY).
bool have_display();
// The one line printed when there is none.
std::string no_display_message();

class Window {
  public:
    static Result<Window> open(const WindowOptions& opts);
    Window(Window&& o) noexcept : w_(o.w_), glsl_(std::move(o.glsl_)) { o.w_ = nullptr; }
    Window& operator=(Window&&) = delete;
    Window(const Window&) = delete;
    ~Window();

    GLFWwindow* handle() const { return w_; }
    const char* glsl_version() const { return glsl_.c_str(); }  // for ImGui_ImplOpenGL3_Init
    int framebuffer_height() const;

  private:
    Window(GLFWwindow* w, std::string glsl) : w_(w), glsl_(std::move(glsl)) {}
    GLFWwindow* w_ = nullptr;
    std::string glsl_;
};

// Counts input events (GLFW callbacks installed before ImGui's, which chains to them), so
// the loop knows to draw after input without polling.
unsigned long input_event_count();
void install_input_counters(GLFWwindow* w);

}  // namespace sk::kiosk::platform
