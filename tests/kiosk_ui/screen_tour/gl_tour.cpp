#include "gl_tour.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <cstdio>

#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/renderer.hpp"

namespace sk::kiosk::tour {
namespace {

void read_back(Image& img, int w, int h) {
    img.w = w;
    img.h = h;
    std::vector<uint8_t> up(size_t(w) * size_t(h) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, up.data());
    img.px.resize(up.size());
    const size_t row = size_t(w) * 3;
    for (int y = 0; y < h; ++y)  // GL rows run bottom-up
        std::copy_n(up.data() + size_t(h - 1 - y) * row, row, img.px.data() + size_t(y) * row);
}

}  // namespace

GlTour::GlTour(platform::Window& win, App& app, ui::KioskUi& kui, ui::ContextCycler& contexts,
               platform::StagedFonts& fonts, std::shared_ptr<TourClock> clock,
               std::filesystem::path out_dir)
    : win_(win),
      app_(app),
      kui_(kui),
      contexts_(contexts),
      fonts_(fonts),
      clock_(std::move(clock)),
      out_(std::move(out_dir)),
      seen_wipe_(app.wipe_generation()) {}

void GlTour::fail(const std::string& what) {
    std::fprintf(stderr, "FAIL respondent %d on %s: %s\n", respondent_, screen_name(screen()),
                 what.c_str());
    failures_.push_back(what);
}

void GlTour::one_frame(bool capture) {
    glfwPollEvents();
    platform::render_frame(win_, kui_, &hits_, [&](int w, int h) {
        if (!capture) return;
        read_back(frame_, w, h);
        ImDrawData* dd = ImGui::GetDrawData();
        glyphs_ = glyphs_of(dd, fonts_.in_use().atlas.get());
        scrolling_.clear();
        for (ImGuiWindow* win : GImGui->Windows)
            if (win->Active && win->ScrollMax.y > 0.0f) scrolling_.push_back(win->Name);
        // The same frame again with every glyph transparent: what is behind the text.
        hide_glyphs(dd, fonts_.in_use().atlas.get());
        glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(dd);
        read_back(behind_, w, h);
    });
    app_.tick(clock_->steady);
    if (app_.wipe_generation() != seen_wipe_) {
        seen_wipe_ = app_.wipe_generation();
        contexts_.recycle();
    }
}

void GlTour::frames(int n) {
    for (int i = 0; i < n; ++i) one_frame(false);
}

void GlTour::button(int action) {
    GLFWwindow* w = win_.handle();
    // The callback ImGui's backend installed (chained to the kiosk's input counters).
    GLFWmousebuttonfun cb = glfwSetMouseButtonCallback(w, nullptr);
    glfwSetMouseButtonCallback(w, cb);
    if (cb) cb(w, GLFW_MOUSE_BUTTON_LEFT, action, 0);
}

bool GlTour::tap(const std::string& id) {
    auto r = hits_.find(id);
    if (!r) {
        std::string ids;
        for (const auto& h : hits_.rects()) ids += h.id + " ";
        fail("no control '" + id + "'; there are: " + ids);
        return false;
    }
    GLFWwindow* w = win_.handle();
    for (int i = 0; i < 30 && !r->reachable(); ++i) {
        glfwSetCursorPos(w, r->center().x, (r->clip_min.y + r->clip_max.y) * 0.5);
        GLFWscrollfun sc = glfwSetScrollCallback(w, nullptr);
        glfwSetScrollCallback(w, sc);
        if (sc) sc(w, 0.0, r->center().y > r->clip_max.y ? -1.0 : 1.0);
        frames(2);
        r = hits_.find(id);
        if (!r) {
            fail("control '" + id + "' vanished while scrolling");
            return false;
        }
    }
    glfwSetCursorPos(w, r->center().x, r->center().y);
    button(GLFW_PRESS);
    one_frame(false);
    button(GLFW_RELEASE);
    frames(2);  // the release dispatches; the next frame draws (and registers) the result
    return true;
}

void GlTour::type(const std::u32string& text) {
    GLFWwindow* w = win_.handle();
    GLFWcharfun cb = glfwSetCharCallback(w, nullptr);
    glfwSetCharCallback(w, cb);
    // All at once: ImGui queues them and the UI forwards the whole queue in one frame.
    for (char32_t c : text)
        if (cb) cb(w, static_cast<unsigned>(c));
    frames(2);
}

void GlTour::advance(std::chrono::seconds d) {
    clock_->steady += d;
    clock_->wall += d;
    frames(2);
}

void GlTour::dispatch(const Intent& i) {
    app_.dispatch(i);
    frames(2);
}

void GlTour::swap_in_full_atlas() {
    if (auto built = fonts_.build_full(); !built)
        return fail("full atlas: " + built.error().message);
    const auto old_texture =
        static_cast<GLuint>(reinterpret_cast<intptr_t>(fonts_.in_use().atlas->TexID));
    if (!fonts_.swap_in(contexts_, kui_)) fail("the full atlas was not swapped in");
    // The display atlas's texture goes with it (no GPU memory left behind by the swap).
    if (old_texture == 0 || glIsTexture(old_texture)) fail("the display atlas's texture was kept");
    if (fonts_.in_use().atlas->TexID == nullptr) fail("the full atlas has no texture");
    frames(2);
}

void GlTour::shot(const std::string& name, ShotOptions o) {
    frames(2);
    one_frame(true);
    char file[160];
    std::snprintf(file, sizeof file, "r%d-%02d-%s.png", respondent_, ++seq_, name.c_str());
    const std::filesystem::path path = out_ / file;
    stbi_write_png_compression_level = 2;  // fast: the shots are for people, not archives
    if (!stbi_write_png(path.c_str(), frame_.w, frame_.h, 3, frame_.px.data(), frame_.w * 3))
        fail("cannot write " + path.string());
    ++shots_;
    if (screen() == Screen::home && view().overlay == Overlay::none && !have_home_bg_) {
        home_bg_ = dominant_color(behind_);
        have_home_bg_ = true;
    }
    ShotInput in;
    in.frame = &frame_;
    in.behind = &behind_;
    in.glyphs = &glyphs_;
    in.hits = &hits_;
    // Attract comes before Home: it is held to the theme's white until Home was seen.
    in.home_background = have_home_bg_ ? home_bg_ : 0xFFFFFF;
    in.check_background = !o.overlay;
    if (o.overlay) {
        in.only_window_prefix =
            view().overlay == Overlay::still_there ? "##still_there_dim" : "##confirm_exit_dim";
    }
    in.scrolling_windows = scrolling_;
    const platform::BuiltAtlas& atlas = fonts_.in_use();
    std::vector<uint32_t> missing = platform::missing_glyphs(atlas.body, hits_.texts());
    for (uint32_t cp : platform::missing_glyphs(atlas.title, hits_.texts())) missing.push_back(cp);
    in.missing_glyphs = missing;
    const ShotReport rep = check_shot(in);
    glyphs_checked_ += rep.glyphs_checked;
    if (rep.glyphs_checked > 0 && rep.min_contrast < min_contrast_)
        min_contrast_ = rep.min_contrast;
    for (const std::string& p : rep.problems) fail(std::string(file) + ": " + p);
    std::printf("%s: %s, %d glyphs, min contrast %.1f:1%s\n", file, screen_name(screen()),
                rep.glyphs_checked, rep.glyphs_checked ? rep.min_contrast : 0.0,
                rep.problems.empty() ? "" : "  << PROBLEMS");
}

}  // namespace sk::kiosk::tour
