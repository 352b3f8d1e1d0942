#include "kiosk_bench_empty.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "sk/kiosk/platform/proc_stats.hpp"
#include "sk/kiosk/platform/window.hpp"

namespace sk::bench {

namespace {

constexpr std::chrono::microseconds kFrameInterval{16667};  // 60 Hz

void empty_frame(GLFWwindow* w) {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Render();
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(w, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(w);
}

}  // namespace

int run_empty_window(bool continuous) {
    namespace platform = kiosk::platform;
    if (!platform::have_display()) {
        std::fprintf(stderr, "%s\n", platform::no_display_message().c_str());
        return 1;
    }
    platform::WindowOptions wo;
    wo.windowed = true;
    auto window = platform::Window::open(wo);
    if (!window) {
        std::fprintf(stderr, "empty window: %s\n", window.error().message.c_str());
        return 1;
    }
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window->handle(), true);
    ImGui_ImplOpenGL3_Init(window->glsl_version());
    empty_frame(window->handle());
    std::printf("empty window: first frame %.0f ms after exec, RSS %ld KiB\n",
                platform::ms_since_process_start(), platform::rss_kib());
    std::fflush(stdout);
    auto next = std::chrono::steady_clock::now();
    while (continuous && !glfwWindowShouldClose(window->handle())) {
        next += kFrameInterval;
        std::this_thread::sleep_until(next);
        empty_frame(window->handle());
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return 0;
}

}  // namespace sk::bench
