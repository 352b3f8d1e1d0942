#include "sk/kiosk/platform/kiosk_main.hpp"

#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "sk/crypto/init.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/deferred_handwriting.hpp"
#include "sk/kiosk_sync/kiosk_sync_actions.hpp"
#include "sk/kiosk/platform/frame_loop.hpp"
#include "sk/kiosk/platform/options.hpp"
#include "sk/kiosk/platform/proc_stats.hpp"
#include "sk/kiosk/platform/renderer.hpp"
#include "sk/kiosk/platform/watchdog.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"
#ifdef SK_HAVE_IME
#include "sk/kiosk/ime/default_engines.hpp"
#endif

namespace sk::kiosk::platform {
namespace {

using Ms = std::chrono::duration<double, std::milli>;

// The "ready" line for measurements (sk_kiosk_bench): every engine is loaded, with the
// resident memory then. Printed once, from the loading thread when there is one.
void print_engines_ready() {
    std::printf("kiosk: input engines ready, RSS %ld KiB\n", rss_kib());
    std::fflush(stdout);
}

int fail(const std::string& message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    return 1;
}

}  // namespace

int kiosk_main(int argc, char** argv) {
    const auto t_main = std::chrono::steady_clock::now();
    auto parsed = parse_options(argc, argv);
    if (!parsed) {
        std::fprintf(stderr, "kiosk: %s\n%s", parsed.error().message.c_str(), usage().c_str());
        return 2;
    }
    const Options& opt = *parsed;
    if (opt.help) {
        std::printf("%s", usage().c_str());
        return 0;
    }
    if (!have_display()) return fail(no_display_message());
    if (auto r = crypto::init(); !r) return fail("kiosk: " + r.error().message);
    // Before the first ImGui allocation (the atlas): every block ImGui frees is zeroed.
    ui::install_zero_on_free_allocator();

    AppConfig cfg;
    cfg.data_dir = opt.data_dir;
    cfg.assets_dir = opt.assets_dir;
    cfg.demo = opt.demo;
    cfg.lang = opt.lang;
    // The admin screen exports and imports through the same library as kioskctl.
    cfg.make_sync_actions = sk::kiosk_sync::make_kiosk_sync_actions;
#ifdef SK_HAVE_IME
    // Pinyin + handwriting for the on-screen keyboard; missing data -> admin notices. The
    // handwriting model loads after the first frame (deferred_handwriting.hpp); its file
    // checks run now so a missing model is still an admin notice from the start.
    DeferredHandwriting* handwriting = nullptr;
    cfg.make_input_engines = [&handwriting, &opt] {
        ime::ImeConfig ic;
        ic.handwriting = false;
        InputEngines e = ime::make_default_input_engines(ic);
        if (auto checked = ime::check_handwriting_model(); !checked) {
            e.problems.push_back("handwriting: " + checked.error().message);
            return e;
        }
        auto deferred = std::make_unique<DeferredHandwriting>([&opt] {
            auto r = ime::open_handwriting_engine();  // on the loading thread
            if (opt.print_timing) print_engines_ready();
            return r;
        });
        handwriting = deferred.get();
        e.handwriting = std::move(deferred);
        return e;
    };
#endif
    // The atlas is built after the app opens (it needs the app's strings); candidates asked
    // about before that are all allowed, there is no keyboard before the first frame.
    auto drawable_font = std::make_shared<const ImFont*>(nullptr);
    cfg.can_display = [drawable_font](char32_t c) {
        const ImFont* f = *drawable_font;
        if (!f) return true;
        return c <= 0xFFFF && f->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
    };
    auto app = App::open(cfg);
    if (!app) return fail("kiosk: " + app.error().message);
    const auto t_app = std::chrono::steady_clock::now();

    auto font = find_cjk_font();
    if (!font) return fail("kiosk: " + font.error().message);
    WindowOptions wopt;
    wopt.windowed = opt.windowed;
    auto window = Window::open(wopt);
    if (!window) return fail(window.error().message);

    // Not app->input_characters(): that would wait for the handwriting model. Its characters
    // (GB2312, 6,763) are in the body glyphs already; any other one the display filter
    // (can_display) keeps off the candidate row, as it does for every engine.
    auto atlas = build_font_atlas(
        atlas_request_for(*font, window->framebuffer_height(), app->all_display_strings()));
    if (!atlas) return fail("kiosk: " + atlas.error().message);
    *drawable_font = atlas->body;  // candidates are drawn with the body font
    if (opt.verbose) {
        const AtlasStats& s = atlas->stats;
        std::fprintf(stderr,
                     "kiosk: font %s (face %d%s), sizes %.0f/%.0f/%.0f px, atlas %dx%d (%.1f MiB), "
                     "%zu body + %zu title glyphs, built in %.0f ms\n",
                     font->path.c_str(), font->face_index,
                     font->from_fontconfig ? ", fontconfig" : "", atlas->body->FontSize,
                     atlas->title->FontSize, atlas->code->FontSize, s.tex_width, s.tex_height,
                     s.tex_width * s.tex_height * s.bytes_per_pixel / 1048576.0, s.body_glyphs,
                     s.title_glyphs, s.build_ms);
    }

    ui::KioskUi kiosk_ui(*app, ui_fonts(*atlas));
    ui::ContextCycler contexts(atlas->atlas.get(), atlas->body, backend_hooks(*window));
    contexts.create();  // uploads the atlas (font_texture.hpp) and frees its pixels
    // The atlas build's temporaries (FreeType, rect packing, the pixels) are freed by now,
    // but glibc keeps freed heap pages; hand them back once, before the kiosk settles.
    malloc_trim(0);

    Watchdog watchdog = Watchdog::from_environment();
    LoopOptions lopt;
    lopt.watchdog = &watchdog;
    lopt.verbose = opt.verbose;
    lopt.exit_after_first_frame = opt.exit_after_first_frame;
    auto print_first_frame = [&] {
        const auto now = std::chrono::steady_clock::now();
        std::printf(
            "kiosk: first frame %.0f ms after exec (%.0f ms after main; core open %.0f ms, "
            "fonts+window %.0f ms), RSS %ld KiB (peak %ld KiB), atlas %dx%d\n",
            ms_since_process_start(), Ms(now - t_main).count(), Ms(t_app - t_main).count(),
            Ms(now - t_app).count(), rss_kib(), peak_rss_kib(), atlas->stats.tex_width,
            atlas->stats.tex_height);
        std::fflush(stdout);
    };
    lopt.on_first_frame = [&] {
        if (opt.print_timing) print_first_frame();
        bool loading = false;
#ifdef SK_HAVE_IME
        // Nobody will write before a --exit-after-first-frame run ends: no load to wait for.
        if (handwriting && !opt.exit_after_first_frame) {
            handwriting->start();  // prints "input engines ready" when done
            loading = true;
        }
#endif
        if (opt.print_timing && !loading) print_engines_ready();
    };
    const LoopStats stats = run_frame_loop(*window, *app, contexts, kiosk_ui, lopt);
    watchdog.stopping();
    if (opt.verbose) {
        std::fprintf(stderr,
                     "kiosk: %ld frames (%ld rasterised), %ld wake-ups, %ld context recycles\n",
                     stats.frames, stats.presented, stats.wakeups, stats.recycles);
    }
    contexts.destroy();
    return 0;
}

}  // namespace sk::kiosk::platform
