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
#include "sk/kiosk/platform/frame_fingerprint.hpp"

namespace sk::kiosk::platform {

ui::ContextHooks backend_hooks(const Window& window) {
    GLFWwindow* w = window.handle();
    const std::string glsl = window.glsl_version();
    // The shared atlas's one texture, made at the first attach and kept for every later
    // context; it goes with the hooks (the cycler), before the window.
    auto texture = std::make_shared<std::optional<FontTexture>>();
    // Uploads the current atlas when it still has its alpha-8 pixels (a new atlas); the
    // texture of the atlas it replaces is deleted then.
    auto upload_new_atlas = [texture] {
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        if (!atlas.TexPixelsAlpha8 || atlas.TexPixelsRGBA32) return;
        auto up = FontTexture::upload(atlas);
        if (up) {
            texture->reset();
            texture->emplace(std::move(up).value());
        } else {
            // The backend's own RGBA upload (from the alpha-8 pixels still there) is
            // the fallback: more memory, same picture.
            texture->reset();
            std::fprintf(stderr, "kiosk: %s\n", up.error().message.c_str());
        }
    };
    ui::ContextHooks hooks;
    hooks.attach = [w, glsl, texture, upload_new_atlas](ImGuiContext*) {
        // Chains to the input counters installed on the window (install_callbacks=true).
        ImGui_ImplGlfw_InitForOpenGL(w, true);
        // The backend learns that the pointer is over the window only from an enter
        // event, which came long before this context existed; without a window manager
        // (cage, Xvfb) the window is never "focused" either, so every tap after a reset
        // would land at (-FLT_MAX, -FLT_MAX). The kiosk's window is the whole screen.
        ImGui_ImplGlfw_CursorEnterCallback(w, GLFW_TRUE);
        ImGui_ImplOpenGL3_Init(glsl.c_str());
        upload_new_atlas();
        if (*texture) create_backend_objects_keeping_font_texture();
    };
    hooks.detach = [](ImGuiContext*) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    };
    hooks.fonts_changed = [texture, upload_new_atlas](ImGuiContext*) {
        upload_new_atlas();
        if (!*texture) {
            // The fallback, as at attach: the backend's own RGBA texture of the new atlas.
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    };
    return hooks;
}

BuiltFrame build_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    BuiltFrame f;
    f.intents = ui.frame(hits);
    ImGui::Render();
    glfwGetFramebufferSize(window.handle(), &f.width, &f.height);
    f.fingerprint = frame_fingerprint(*ImGui::GetDrawData(), f.width, f.height);
    return f;
}

void present_frame(const Window& window, const BuiltFrame& f,
                   const std::function<void(int, int)>& before_swap) {
    glViewport(0, 0, f.width, f.height);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (before_swap) before_swap(f.width, f.height);
    glfwSwapBuffers(window.handle());
}

int render_frame(const Window& window, ui::KioskUi& ui, ui::HitRegistry* hits,
                 const std::function<void(int, int)>& before_swap) {
    const BuiltFrame f = build_frame(window, ui, hits);
    present_frame(window, f, before_swap);
    return f.intents;
}

}  // namespace sk::kiosk::platform
