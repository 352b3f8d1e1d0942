// Opens a REAL window (run under xvfb-run by ctest), builds the kiosk's real font atlas,
// renders the Home screen in Chinese through the GLFW + OpenGL3 backends, saves it as a
// PNG (argv[1]) and checks that every character on screen had a glyph
// (ImFont::FindGlyphNoFallback), listing the missing ones on failure.
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "sk/crypto/init.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/renderer.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

using namespace sk::kiosk;

namespace {

int fail(const std::string& m) {
    std::fprintf(stderr, "xvfb_home_screenshot: %s\n", m.c_str());
    return 1;
}

bool save_png(const std::string& path, int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px.data());
    // GL rows run bottom-up; PNG rows top-down.
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(path.c_str(), w, h, 3, px.data(), w * 3) != 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return fail("usage: xvfb_home_screenshot OUT.png");
    const std::string out = argv[1];
    if (!platform::have_display()) return fail(platform::no_display_message());
    if (!sk::crypto::init().ok()) return fail("crypto init");
    ui::install_zero_on_free_allocator();

    char tmpl[] = "/tmp/sk-kui-xvfb-XXXXXX";
    if (!mkdtemp(tmpl)) return fail("mkdtemp");
    const std::filesystem::path dir = tmpl;
    int rc = 0;
    {
        AppConfig cfg;
        cfg.data_dir = dir / "data";
        const char* src = std::getenv("SK_SOURCE_DIR");
        cfg.assets_dir = std::filesystem::path(src && *src ? src : SK_SOURCE_DIR) / "assets";
        cfg.demo = true;
        cfg.lang = Lang::zh_CN;
        auto app = App::open(cfg);
        if (!app) return fail("App::open: " + app.error().message);

        platform::WindowOptions wo;
        wo.windowed = true;
        auto window = platform::Window::open(wo);
        if (!window) return fail(window.error().message);
        auto font = platform::find_cjk_font();
        if (!font) return fail(font.error().message);
        auto atlas = platform::build_font_atlas(platform::atlas_request_for(
            *font, window->framebuffer_height(), app->all_display_strings()));
        if (!atlas) return fail(atlas.error().message);
        std::printf("atlas %dx%d, %zu body + %zu title glyphs, built in %.0f ms\n",
                    atlas->stats.tex_width, atlas->stats.tex_height, atlas->stats.body_glyphs,
                    atlas->stats.title_glyphs, atlas->stats.build_ms);

        ui::KioskUi kui(*app, platform::ui_fonts(*atlas));
        ui::ContextCycler contexts(atlas->atlas.get(), atlas->body,
                                   platform::backend_hooks(*window));
        contexts.create();
        app->dispatch(intent::TouchAnywhere{});  // attract -> home
        if (app->view().screen != Screen::home) return fail("not on home");

        // Two frames to settle (ImGui lays out on the first), the third is captured.
        ui::HitRegistry hits;
        bool saved = false;
        for (int i = 0; i < 3; ++i) {
            glfwPollEvents();
            platform::render_frame(*window, kui, &hits, [&](int w, int h) {
                if (i == 2) saved = save_png(out, w, h);
            });
        }
        if (!saved) return fail("cannot write " + out);
        if (app->view().screen != Screen::home || !hits.has("home.tip")) {
            return fail("the frame did not show Home");
        }
        std::printf("saved %s (%zu strings, %zu controls)\n", out.c_str(), hits.texts().size(),
                    hits.rects().size());
        for (const ImFont* f : {atlas->body, atlas->title}) {
            const auto missing = platform::missing_glyphs(f, hits.texts());
            if (!missing.empty()) {
                std::string list;
                char buf[16];
                for (uint32_t cp : missing) {
                    std::snprintf(buf, sizeof buf, " U+%04X", cp);
                    list += buf;
                }
                std::fprintf(stderr, "missing glyphs in the %.0f px font:%s\n", f->FontSize,
                             list.c_str());
                rc = 1;
            }
        }
        if (rc == 0) std::printf("every displayed character has a glyph\n");
        contexts.destroy();
    }
    std::filesystem::remove_all(dir);
    return rc;
}
