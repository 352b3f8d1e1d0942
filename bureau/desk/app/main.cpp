// bureau-desk: the bureau workstation app. Opens a bureau home (the same one the `bureau`
// CLI uses) or, with --demo, a fresh demo home on the published demo key.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "sk/crypto/init.hpp"
#include "sk/desk/demo_bureau.hpp"
#include "sk/desk/ui/desk_runtime.hpp"
#include "sk/kiosk/platform/proc_stats.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

namespace fs = std::filesystem;
using namespace sk;

namespace {

fs::path default_assets() {
    if (const char* e = std::getenv("SK_ASSETS_DIR"); e && *e) return e;
    const fs::path installed = "/usr/share/bureau-tools";
    std::error_code ec;
    if (fs::exists(installed / "tips" / "categories.json", ec)) return installed;
    return SK_DESK_SOURCE_ASSETS;
}

fs::path default_home() {
    if (const char* e = std::getenv("SK_BUREAU_DIR"); e && *e) return e;
    const char* home = std::getenv("HOME");
    return fs::path(home ? home : ".") / ".local/share/bureau";
}

int fail(const std::string& m) {
    std::cerr << "bureau-desk: " << m << "\n";
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"bureau-desk: the county bureau's workstation (tips, imports, reports)"};
    std::string home, assets, lang = "zh";
    bool demo = false, print_timing = false;
    int idle_minutes = 10, width = 1366, height = 768;
    app.add_option("--dir", home, "bureau home (default $SK_BUREAU_DIR or ~/.local/share/bureau)");
    app.add_flag("--demo", demo,
                 "open a new demo bureau (user lead, passphrase demo); insecure, demo only");
    app.add_option("--assets", assets, "assets directory (tips/, surveys/)");
    app.add_option("--lang", lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--idle-minutes", idle_minutes, "lock after this many idle minutes")
        ->check(CLI::Range(1, 240));
    app.add_option("--width", width, "window width")->check(CLI::Range(1366, 7680));
    app.add_option("--height", height, "window height")->check(CLI::Range(768, 4320));
    app.add_flag("--print-timing", print_timing, "print time to first frame and memory");
    CLI11_PARSE(app, argc, argv);

    if (!kiosk::platform::have_display()) return fail(kiosk::platform::no_display_message());
    if (!crypto::init().ok()) return fail("cannot initialise libsodium");
    // Before any ImGui allocation: every block ImGui frees is wiped.
    kiosk::ui::install_zero_on_free_allocator();

    desk::DeskConfig cfg;
    cfg.assets = assets.empty() ? default_assets() : fs::path(assets);
    cfg.home = home.empty() ? default_home() : fs::path(home);
    cfg.lang = lang == "en" ? desk::Lang::en : desk::Lang::zh;
    cfg.idle_lock_ms = int64_t(idle_minutes) * 60 * 1000;
    // A demo home made here is removed when the window closes (demo data is disposable).
    struct RemoveOnExit {
        fs::path dir;
        ~RemoveOnExit() {
            std::error_code ec;
            if (!dir.empty()) fs::remove_all(dir, ec);
        }
    } demo_tmp;
    if (demo) {
        if (home.empty()) {
            std::string t = (fs::temp_directory_path() / "bureau-desk-demo-XXXXXX").string();
            if (!mkdtemp(t.data())) return fail("cannot create a demo folder");
            demo_tmp.dir = t;
            cfg.home = fs::path(t) / "home";
        }
        auto made = desk::make_demo_bureau(cfg.home, cfg.assets);
        if (!made) return fail("demo: " + made.error().message);
        cfg.start_dir = made->stick;
        std::cout << "demo bureau in " << cfg.home.string() << " (user " << desk::kDemoUser
                  << ", passphrase " << desk::kDemoPassphrase << "; statistician "
                  << desk::kDemoStatsUser << " / " << desk::kDemoStatsPassphrase << "), "
                  << made->tips_imported << " cases, " << made->stick_batches
                  << " batches waiting in " << made->stick.string() << "\n";
    }
    cfg.export_dir = cfg.home / "exports";
    auto d = desk::Desk::open(cfg, desk::system_clock());
    if (!d) return fail(d.error().message);

    kiosk::platform::WindowOptions wo;
    wo.windowed = true;
    wo.width = width;
    wo.height = height;
    auto rt = desk::ui::DeskRuntime::open(**d, wo);
    if (!rt) return fail(rt.error().message);
    (*rt)->frame();
    if (print_timing) {
        std::printf("first frame after %.0f ms, RSS %ld KiB, %zu glyphs baked\n",
                    kiosk::platform::ms_since_process_start(), kiosk::platform::rss_kib(),
                    (*rt)->baker().glyphs());
        std::fflush(stdout);
    }
    (*rt)->run();
    return 0;
}
