#include "sk/kiosk/platform/renderer.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "sk/kiosk/platform/font_texture.hpp"

namespace sk::kiosk::platform {

ui::ContextHooks backend_hooks(const Window& window) {
    GLFWwindow* w = window.handle();
    const std::string glsl = window.glsl_version();
    // The shared atlas's one texture, made at the first attach and kept for every later
    // context; it goes with the hooks (the cycler), before the window.
    auto texture = std::make_shared<std::optional<FontTexture>>();
    ui::ContextHooks hooks;
    hooks.attach = [w, glsl, texture](ImGuiContext*) {
        // Chains to the input counters installed on the window (install_callbacks=true).
        ImGui_ImplGlfw_InitForOpenGL(w, true);
        // The backend learns that the pointer is over the window only from an enter
        // event, which came long before this context existed; without a window manager
        // (cage, Xvfb) the window is never "focused" either, so every tap after a reset
        // would land at (-FLT_MAX, -FLT_MAX). The kiosk's window is the whole screen.
        ImGui_ImplGlfw_CursorEnterCallback(w, GLFW_TRUE);
        ImGui_ImplOpenGL3_Init(glsl.c_str());
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        if (!*texture && atlas.TexPixelsAlpha8 && !atlas.TexPixelsRGBA32) {
            auto up = FontTexture::upload(atlas);
            if (up) {
                texture->emplace(std::move(up).value());
            } else {
                // The backend's own RGBA upload (from the alpha-8 pixels still there) is
                // the fallback: more memory, same picture.
                std::fprintf(stderr, "kiosk: %s\n", up.error().message.c_str());
            }
        }
        if (*texture) create_backend_objects_keeping_font_texture();
    };
    hooks.detach = [](ImGuiContext*) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    };
    return hooks;
}

int render_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits,
                 const std::function<void(int, int)>& before_swap) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const int intents = ui.frame(hits);
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window.handle(), &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (before_swap) before_swap(w, h);
    glfwSwapBuffers(window.handle());
    return intents;
}

}  // namespace sk::kiosk::platform
