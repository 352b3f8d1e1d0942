#include "sk/kiosk/platform/kiosk_main.hpp"

#include <malloc.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>

#include "sk/crypto/init.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/deferred_handwriting.hpp"
#include "sk/kiosk/platform/deferred_pinyin.hpp"
#include "sk/kiosk_sync/kiosk_sync_actions.hpp"
#include "sk/kiosk/platform/frame_loop.hpp"
#include "sk/kiosk/platform/options.hpp"
#include "sk/kiosk/platform/proc_stats.hpp"
#include "sk/kiosk/platform/renderer.hpp"
#include "sk/kiosk/platform/staged_fonts.hpp"
#include "sk/kiosk/platform/watchdog.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"
#ifdef SK_HAVE_IME
#include "sk/kiosk/ime/default_engines.hpp"
#endif

namespace sk::kiosk::platform {
namespace {

using Ms = std::chrono::duration<double, std::milli>;

// The "ready" line for measurements (sk_kiosk_bench): every engine is loaded and the full
// font atlas is in, with the resident memory then. Printed once, by whichever of the
// handwriting load and the atlas swap finishes last.
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
    // Work still loading after the first frame: the full font atlas, and the handwriting
    // model when there is one. The last to finish prints the "ready" line.
    auto loading = std::make_shared<std::atomic<int>>(1);
    auto one_loaded = [loading, print = opt.print_timing] {
        if (--*loading == 0 && print) print_engines_ready();
    };

    AppConfig cfg;
    cfg.data_dir = opt.data_dir;
    cfg.assets_dir = opt.assets_dir;
    cfg.demo = opt.demo;
    cfg.lang = opt.lang;
    // The admin screen exports and imports through the same library as kioskctl.
    cfg.make_sync_actions = sk::kiosk_sync::make_kiosk_sync_actions;
#ifdef SK_HAVE_IME
    // Pinyin + handwriting for the on-screen keyboard; missing data -> admin notices. Both
    // load after the first frame (deferred_pinyin.hpp, deferred_handwriting.hpp); their
    // file checks run now so missing data is still an admin notice from the start.
    DeferredPinyin* pinyin = nullptr;
    DeferredHandwriting* handwriting = nullptr;
    cfg.make_input_engines = [&pinyin, &handwriting, loading, one_loaded] {
        InputEngines e;
        if (auto checked = ime::check_pinyin_data(); !checked) {
            e.problems.push_back("pinyin: " + checked.error().message);
        } else {
            auto deferred =
                std::make_unique<DeferredPinyin>([] { return ime::open_pinyin_engine(); });
            pinyin = deferred.get();
            e.pinyin = std::move(deferred);
        }
        if (auto checked = ime::check_handwriting_model(); !checked) {
            e.problems.push_back("handwriting: " + checked.error().message);
            return e;
        }
        ++*loading;
        auto deferred = std::make_unique<DeferredHandwriting>([one_loaded] {
            auto r = ime::open_handwriting_engine();  // on the loading thread
            one_loaded();
            return r;
        });
        handwriting = deferred.get();
        e.handwriting = std::move(deferred);
        return e;
    };
#endif
    // The atlas is built after the app opens (it needs the app's strings); candidates asked
    // about before that are all allowed, there is no keyboard before the first frame. Then
    // the atlas in use answers: the display atlas until the full one is swapped in.
    std::unique_ptr<StagedFonts> fonts;  // outlives the app, whose filter reads it
    cfg.can_display = [&fonts](char32_t c) { return !fonts || fonts->can_display(c); };
    auto app = App::open(cfg);
    if (!app) return fail("kiosk: " + app.error().message);
    const auto t_app = std::chrono::steady_clock::now();

    auto font = find_cjk_font();
    if (!font) return fail("kiosk: " + font.error().message);
    WindowOptions wopt;
    wopt.windowed = opt.windowed;
    auto window = Window::open(wopt);
    if (!window) return fail(window.error().message);

    // Stage 1 (staged_fonts.hpp): only what the kiosk shows; the typing characters come
    // with the full atlas after the first frame.
    auto staged =
        StagedFonts::build_display(*font, window->framebuffer_height(), app->all_display_strings());
    if (!staged) return fail("kiosk: " + staged.error().message);
    fonts = std::move(staged).value();
    const auto describe_atlas = [&](const char* which) {
        const BuiltAtlas& a = fonts->in_use();
        const AtlasStats& s = a.stats;
        std::fprintf(stderr,
                     "kiosk: %s atlas: font %s (face %d%s), sizes %.0f/%.0f/%.0f px, %dx%d "
                     "(%.1f MiB), %zu body + %zu title glyphs, built in %.0f ms\n",
                     which, font->path.c_str(), font->face_index,
                     font->from_fontconfig ? ", fontconfig" : "", a.body->FontSize,
                     a.title->FontSize, a.code->FontSize, s.tex_width, s.tex_height,
                     s.tex_width * s.tex_height * s.bytes_per_pixel / 1048576.0, s.body_glyphs,
                     s.title_glyphs, s.build_ms);
    };
    if (opt.verbose) describe_atlas("display");
    const AtlasStats first_atlas = fonts->in_use().stats;

    ui::KioskUi kiosk_ui(*app, fonts->fonts());
    ui::ContextCycler contexts(fonts->in_use().atlas.get(), fonts->in_use().body,
                               backend_hooks(*window));
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
            Ms(now - t_app).count(), rss_kib(), peak_rss_kib(), first_atlas.tex_width,
            first_atlas.tex_height);
        std::fflush(stdout);
    };
    lopt.on_first_frame = [&] {
        if (opt.print_timing) print_first_frame();
        // Nobody will type before a --exit-after-first-frame run ends: nothing to load.
        if (opt.exit_after_first_frame) {
            if (opt.print_timing) print_engines_ready();
            return;
        }
    };
    // Between frames once the first screen is up (the loop is idle; a tap that comes
    // meanwhile waits in the event queue): the input engines and the fonts' stage 2.
    lopt.on_first_idle = [&] {
#ifdef SK_HAVE_IME
        // libpinyin mutes stderr while it opens: before any thread of the kiosk starts.
        if (pinyin) pinyin->load();
        if (handwriting) handwriting->start();  // on its own thread; one_loaded() when done
#endif
        if (auto built = fonts->build_full(); !built) {
            // The kiosk still shows everything; candidates outside the display atlas stay
            // off the keyboard (can_display).
            std::fprintf(stderr, "kiosk: full font atlas: %s\n", built.error().message.c_str());
        } else {
            fonts->swap_in(contexts, kiosk_ui);
            if (opt.verbose) describe_atlas("full");
        }
        one_loaded();
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
