#include "kiosk_bench_scene.hpp"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/font_discovery.hpp"
#include "sk/kiosk/platform/renderer.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/kiosk_sync_actions.hpp"
#if SK_BENCH_HAVE_IME
#include "sk/kiosk/ime/default_engines.hpp"
#endif

namespace sk::bench {

namespace {
// kiosk/core's anti-flood setting (read by App::open), as kioskctl simulate uses it.
constexpr const char* kTipIntervalSetting = "kiosk.tip_min_interval_s";
}  // namespace

Result<std::unique_ptr<KioskScene>> KioskScene::open(const std::filesystem::path& data_dir,
                                                     const std::filesystem::path& assets_dir) {
    {
        auto store = kiosk_sync::create_kiosk_store(data_dir);
        if (!store) return store.error();
        SK_TRY(store->set_setting(kTipIntervalSetting, "0"));
    }
    std::unique_ptr<KioskScene> s(new KioskScene());
    kiosk::AppConfig cfg;
    cfg.data_dir = data_dir;
    cfg.assets_dir = assets_dir;
    cfg.demo = true;
    cfg.lang = kiosk::Lang::zh_CN;
    cfg.make_sync_actions = kiosk_sync::make_kiosk_sync_actions;
#if SK_BENCH_HAVE_IME
    cfg.make_input_engines = [] { return kiosk::ime::make_default_input_engines(); };
#endif
    auto app = kiosk::App::open(cfg);
    if (!app) return app.error();
    s->app_.emplace(std::move(app).value());
    s->have_pinyin_ = s->app_->view().keyboard.available[int(kiosk::KeyboardMode::pinyin)];

    auto font = kiosk::platform::find_cjk_font();
    if (!font) return font.error();
    kiosk::platform::WindowOptions wo;
    wo.windowed = true;
    auto window = kiosk::platform::Window::open(wo);
    if (!window) return window.error();
    s->window_.emplace(std::move(window).value());
    auto atlas = kiosk::platform::build_font_atlas(kiosk::platform::atlas_request_for(
        *font, s->window_->framebuffer_height(), s->app_->all_display_strings()));
    if (!atlas) return atlas.error();
    s->atlas_.emplace(std::move(atlas).value());
    s->ui_ = std::make_unique<kiosk::ui::KioskUi>(*s->app_, kiosk::platform::ui_fonts(*s->atlas_));
    s->contexts_ = std::make_unique<kiosk::ui::ContextCycler>(
        s->atlas_->atlas.get(), s->atlas_->body, kiosk::platform::backend_hooks(*s->window_));
    s->contexts_->create();
    s->seen_wipe_ = s->app_->wipe_generation();
    s->frame();
    return s;
}

KioskScene::~KioskScene() {
    if (contexts_) contexts_->destroy();
}

void KioskScene::act(const kiosk::Intent& intent) {
    app_->dispatch(intent);
    frame();
}

void KioskScene::frame() {
    glfwPollEvents();
    app_->tick(kiosk::Clock::now());
    if (app_->wipe_generation() != seen_wipe_) {
        seen_wipe_ = app_->wipe_generation();
        contexts_->recycle();
    }
    kiosk::platform::render_frame(*window_, *ui_);
    app_->mark_drawn();
}

bool KioskScene::loop_frame(bool skip_identical) {
    glfwPollEvents();
    app_->tick(kiosk::Clock::now());
    if (app_->wipe_generation() != seen_wipe_) {
        seen_wipe_ = app_->wipe_generation();
        contexts_->recycle();
    }
    const auto built = kiosk::platform::build_frame(*window_, *ui_);
    app_->mark_drawn();
    if (skip_identical && built.fingerprint == shown_) return false;
    kiosk::platform::present_frame(*window_, built);
    shown_ = built.fingerprint;
    return true;
}

void KioskScene::empty_frame() {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_->handle(), &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window_->handle());
}

}  // namespace sk::bench
