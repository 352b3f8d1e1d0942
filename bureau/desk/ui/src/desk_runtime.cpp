#include "sk/desk/ui/desk_runtime.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <chrono>

#include "sk/kiosk/platform/font_discovery.hpp"

namespace sk::desk::ui {

Result<std::unique_ptr<DeskRuntime>> DeskRuntime::open(Desk& desk,
                                                       const kiosk::platform::WindowOptions& wo,
                                                       bool common_hanzi) {
    std::unique_ptr<DeskRuntime> rt(new DeskRuntime(desk));
    auto w = kiosk::platform::Window::open(wo);
    if (!w) return w.error();
    rt->window_ = std::make_unique<kiosk::platform::Window>(std::move(*w));
    glfwSetWindowSizeLimits(rt->window_->handle(), 1366, 768, GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwSetWindowTitle(rt->window_->handle(), tr(desk.lang(), "app.title"));
    auto font = kiosk::platform::find_cjk_font();
    if (!font) return font.error();
    rt->baker_ = std::make_unique<FontBaker>(*font, 18, 26, common_hanzi);
    rt->baker_->add(desk.data_strings());
    auto atlas = rt->baker_->build();
    if (!atlas) return atlas.error();
    rt->atlas_ = std::make_unique<kiosk::platform::BuiltAtlas>(std::move(*atlas));
    GLFWwindow* handle = rt->window_->handle();
    const std::string glsl = rt->window_->glsl_version();
    kiosk::ui::ContextHooks hooks;
    hooks.attach = [handle, glsl](ImGuiContext*) {
        ImGui_ImplGlfw_InitForOpenGL(handle, true);
        ImGui_ImplOpenGL3_Init(glsl.c_str());
        apply_desk_style(ImGui::GetStyle());
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    };
    hooks.detach = [](ImGuiContext*) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    };
    rt->ctx_ = std::make_unique<DeskContext>(rt->atlas_->atlas.get(), rt->atlas_->body, hooks);
    rt->ui_ = std::make_unique<DeskUi>(desk, desk_fonts(*rt->atlas_));
    rt->seen_wipe_ = desk.wipe_generation();
    rt->seen_data_ = desk.data_generation();
    return rt;
}

DeskRuntime::~DeskRuntime() {
    ctx_.reset();  // backends shut down before the window goes
}

void DeskRuntime::frame(kiosk::ui::HitRegistry* hits,
                        const std::function<void(int, int)>& before_swap) {
    const auto t0 = std::chrono::steady_clock::now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui_->frame(hits);
    ImGui::Render();
    last_ui_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_->handle(), &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.98f, 0.98f, 0.98f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (before_swap) before_swap(w, h);
    glfwSwapBuffers(window_->handle());
    after_frame();
}

void DeskRuntime::after_frame() {
    desk_.tick();
    if (desk_.wipe_generation() != seen_wipe_) {
        seen_wipe_ = desk_.wipe_generation();
        ctx_->recycle();
    }
    if (desk_.data_generation() != seen_data_) {
        seen_data_ = desk_.data_generation();
        if (baker_->add(desk_.data_strings())) {
            auto fresh = baker_->build();
            if (fresh) {
                auto next = std::make_unique<kiosk::platform::BuiltAtlas>(std::move(*fresh));
                ctx_->swap_atlas(next->atlas.get(), next->body);
                ui_->set_fonts(desk_fonts(*next));
                atlas_ = std::move(next);  // the old atlas goes after the swap
            }
        }
    }
}

bool DeskRuntime::should_close() const {
    return glfwWindowShouldClose(window_->handle()) != 0;
}

void DeskRuntime::run() {
    while (!should_close()) {
        // Event-driven, but wakes twice a second so the idle lock and the import progress
        // bar move without input.
        glfwWaitEventsTimeout(desk_.import_job().running() ? 0.05 : 0.5);
        frame();
    }
}

}  // namespace sk::desk::ui
