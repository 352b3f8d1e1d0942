#include "sk/kiosk/platform/window.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace sk::kiosk::platform {
namespace {

std::atomic<unsigned long> g_inputs{0};
std::string g_glfw_error;

void on_error(int, const char* description) {
    g_glfw_error = description ? description : "";
}

void bump() {
    g_inputs++;
}
void on_key(GLFWwindow*, int, int, int, int) {
    bump();
}
void on_char(GLFWwindow*, unsigned int) {
    bump();
}
void on_button(GLFWwindow*, int, int, int) {
    bump();
}
void on_scroll(GLFWwindow*, double, double) {
    bump();
}
void on_cursor(GLFWwindow* w, double, double) {
    // Moving without a press changes nothing on a touch UI (no hover states matter);
    // dragging (scrollbars, text selection) does.
    if (glfwGetMouseButton(w, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS) bump();
}
void on_refresh(GLFWwindow*) {
    bump();
}
void on_size(GLFWwindow*, int, int) {
    bump();
}

bool env_set(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}

}  // namespace

bool have_display() {
    return env_set("DISPLAY") || env_set("WAYLAND_DISPLAY");
}

std::string no_display_message() {
    return "kiosk: no display (DISPLAY is not set); run it under Xvfb: "
           "xvfb-run -a -s '-screen 0 1280x800x24' kiosk --demo --data DIR";
}

unsigned long input_event_count() {
    return g_inputs.load();
}

void install_input_counters(GLFWwindow* w) {
    glfwSetKeyCallback(w, on_key);
    glfwSetCharCallback(w, on_char);
    glfwSetMouseButtonCallback(w, on_button);
    glfwSetScrollCallback(w, on_scroll);
    glfwSetCursorPosCallback(w, on_cursor);
    glfwSetWindowRefreshCallback(w, on_refresh);
    glfwSetFramebufferSizeCallback(w, on_size);
}

Result<Window> Window::open(const WindowOptions& opts) {
    if (!have_display()) return Error{Errc::io_error, no_display_message()};
    glfwSetErrorCallback(on_error);
    if (!glfwInit()) {
        return Error{Errc::io_error, "kiosk: cannot open the display (" + g_glfw_error +
                                         "); without a screen use xvfb-run"};
    }
    GLFWmonitor* monitor = opts.windowed ? nullptr : glfwGetPrimaryMonitor();
    int w = opts.width, h = opts.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        w = mode->width;
        h = mode->height;
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
    }
    glfwWindowHint(GLFW_VISIBLE, opts.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* win = glfwCreateWindow(w, h, "kiosk", monitor, nullptr);
    std::string glsl = "#version 130";
    if (!win) {
        // Old or software GL without 3.0: the ImGui GL3 backend also speaks GLSL 1.20.
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 2);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 1);
        win = glfwCreateWindow(w, h, "kiosk", monitor, nullptr);
        glsl = "#version 120";
    }
    if (!win) {
        const std::string why = g_glfw_error;
        glfwTerminate();
        return Error{Errc::io_error, "kiosk: cannot create an OpenGL window (" + why + ")"};
    }
    glfwMakeContextCurrent(win);
    glfwSwapInterval(1);
    install_input_counters(win);
    return Window(win, glsl);
}

Window::~Window() {
    if (!w_) return;
    glfwDestroyWindow(w_);
    glfwTerminate();
}

int Window::framebuffer_height() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(w_, &w, &h);
    return h;
}

}  // namespace sk::kiosk::platform
