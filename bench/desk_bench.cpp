// sk_desk_bench: bureau-desk with 100,000 cases (issue 15), in a real GLFW window (run it
// under `xvfb-run -a` without a display). Each figure sits next to a bare ImGui window
// measured in the same run by the same code path:
// The bureau: 98% kiosk tips, 2% cases typed in from the other channels.
//   start to first frame  - this program re-executed as a child: exec -> Desk::open -> log
//                           in (loads the case index) -> atlas -> first Cases frame, vs exec
//                           -> window -> default-font ImGui -> first empty frame;
//   RSS after that frame  - same two children;
//   table scroll frame    - mouse-wheel frames over the Cases table vs empty frames;
//   search typing frame   - one character per frame into the search box (re-filters the
//                           100,000 rows) vs empty frames.
// Usage: sk_desk_bench [--quick] [--dir WORKDIR] [--cases N]. Never fails on speed.
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/crypto/init.hpp"
#include "sk/desk/demo_bureau.hpp"
#include "sk/desk/ui/desk_runtime.hpp"
#include "sk/kiosk/platform/proc_stats.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

namespace fs = std::filesystem;
using namespace sk;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

kiosk::platform::WindowOptions desk_window() {
    kiosk::platform::WindowOptions wo;
    wo.windowed = true;
    wo.width = 1366;
    wo.height = 768;
    return wo;
}

// Child: a bare ImGui window; prints "first_ms rss_kib frame_p50_ms".
int child_empty(int frames, bool full) {
    auto window = kiosk::platform::Window::open(desk_window());
    if (!window) return 1;
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window->handle(), true);
    ImGui_ImplOpenGL3_Init(window->glsl_version());
    std::vector<double> times, cpu;
    double first = 0;
    for (int i = 0; i <= frames; ++i) {
        const auto t0 = Clock::now();
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        // full: one empty window covering the display, as the desk's does (same pixels for
        // the rasteriser to fill, no content).
        if (full) {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        }
        ImGui::Begin("empty");
        ImGui::End();
        ImGui::Render();
        if (i > 0) cpu.push_back(ms_since(t0));
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window->handle());
        glFinish();
        if (i == 0)
            first = kiosk::platform::ms_since_process_start();
        else
            times.push_back(ms_since(t0));
    }
    std::printf("%.1f %ld %.3f %.3f\n", first, kiosk::platform::rss_kib(),
                bench::percentile(times, 50), bench::percentile(cpu, 50));
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return 0;
}

// Child: the desk on `home`; prints "first_ms rss_kib scroll_p50 scroll_p95 type_p50 type_p95".
int child_desk(const fs::path& home, const fs::path& assets, int frames) {
    if (!crypto::init().ok()) return 1;
    kiosk::ui::install_zero_on_free_allocator();
    desk::DeskConfig cfg;
    cfg.home = home;
    cfg.assets = assets;
    cfg.export_dir = home / "exports";
    auto d = desk::Desk::open(cfg, desk::system_clock());
    if (!d) return 1;
    std::strcpy((*d)->buffer(desk::Field::user), desk::kDemoUser);
    std::strcpy((*d)->buffer(desk::Field::passphrase), desk::kDemoPassphrase);
    (*d)->dispatch(desk::intent::Login{});
    (*d)->dispatch(desk::intent::Navigate{desk::Screen::cases});
    auto rt = desk::ui::DeskRuntime::open(**d, desk_window());
    if (!rt || !(*d)->cases()) return 1;
    kiosk::ui::HitRegistry hits;
    (*rt)->frame(&hits);
    glFinish();
    const double first = kiosk::platform::ms_since_process_start();
    const long rss = kiosk::platform::rss_kib();
    (*rt)->frame(&hits);
    auto timed = [&] {
        const auto t0 = Clock::now();
        (*rt)->frame(&hits);
        glFinish();
        return ms_since(t0);
    };
    // Scroll: three rows' worth down per frame (what a wheel notch does), through the
    // view's own scroll request (ImGui 1.86 + GLFW read the real pointer each frame).
    std::vector<double> scroll, scroll_ui;
    for (int i = 0; i < frames; ++i) {
        (*rt)->ui().request_scroll(3 * ImGui::GetTextLineHeightWithSpacing());
        scroll.push_back(timed());
        scroll_ui.push_back((*rt)->last_ui_ms());
    }
    // Typing: one character per frame into the search buffer, as InputText would write it,
    // then the intent the view emits (the core re-filters every row).
    std::vector<double> typing, typing_ui;
    const char* keys = "T-2026-01";
    std::string typed;
    for (int i = 0; i < frames; ++i) {
        if (i % 10 == 9)
            typed.clear();
        else
            typed += keys[i % 9];
        char* buf = (*d)->buffer(desk::Field::search);
        std::memset(buf, 0, (*d)->capacity(desk::Field::search));
        std::memcpy(buf, typed.data(), typed.size());
        const auto t0 = Clock::now();
        (*d)->dispatch(desk::intent::SearchEdited{});
        (*rt)->frame(&hits);
        glFinish();
        typing.push_back(ms_since(t0));
        typing_ui.push_back((*rt)->last_ui_ms());
    }
    std::printf(
        "%.1f %ld %.3f %.3f %.3f %.3f %zu %.3f %.3f\n", first, rss, bench::percentile(scroll, 50),
        bench::percentile(scroll, 95), bench::percentile(typing, 50), bench::percentile(typing, 95),
        (*d)->cases()->total(), bench::percentile(scroll_ui, 50), bench::percentile(typing_ui, 50));
    return 0;
}

std::vector<double> run_child(const std::string& cmd) {
    std::vector<double> v;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return v;
    double x = 0;
    while (std::fscanf(p, "%lf", &x) == 1) v.push_back(x);
    pclose(p);
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    std::string dir = "desk-bench-work", child, home;
    size_t cases = 100000;
    int frames = 120;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--quick")
            quick = true;
        else if (a == "--dir")
            dir = next();
        else if (a == "--cases")
            cases = std::strtoul(next().c_str(), nullptr, 10);
        else if (a == "--child")
            child = next();
        else if (a == "--home")
            home = next();
        else if (a == "--frames")
            frames = std::atoi(next().c_str());
    }
    const fs::path assets = fs::path(SK_SOURCE_DIR) / "assets";
    if (!kiosk::platform::have_display()) {
        std::fprintf(stderr, "%s\n", kiosk::platform::no_display_message().c_str());
        return 1;
    }
    if (child == "empty") return child_empty(frames, false);
    if (child == "empty-full") return child_empty(frames, true);
    if (child == "desk") return child_desk(home, assets, frames);

    if (quick) {
        cases = 1000;
        frames = 30;
    }
    if (!crypto::init().ok()) return 1;
    const fs::path h = fs::absolute(dir) / ("home-channels-" + std::to_string(cases));
    std::error_code ec;
    if (!fs::exists(h / "bureau.db", ec)) {
        fs::remove_all(h, ec);
        desk::DemoOptions o;
        o.kiosks = 30;
        o.tips = cases - cases / 50;
        o.typed_cases = cases / 50;  // hotline, mailbox ...: the table lists them all
        o.responses = 2000;
        o.worked_cases = quick ? 20 : 200;
        const auto t0 = Clock::now();
        auto made = desk::make_demo_bureau(h, assets, o);
        if (!made) {
            std::fprintf(stderr, "desk bench: %s\n", made.error().message.c_str());
            return 1;
        }
        // The demo leaves each kiosk's newest batch on its "stick": import those too so
        // the ledger holds every case asked for.
        auto s = bureau::unlock(h, desk::kDemoUser, desk::kDemoPassphrase);
        if (!s) return 1;
        auto im = bureau::Importer::create(s->store, s->keys);
        if (!im) return 1;
        (*im)->import_paths({made->stick});
        auto tips = s->store.tips(storage::TipFilter{});
        std::printf("built a bureau with %zu kiosk tips and %zu typed-in cases in %.1f s\n",
                    tips ? tips->size() : 0, cases / 50, ms_since(t0) / 1000);
    }
    const std::string self = fs::canonical("/proc/self/exe").string();
    const std::string f = " --frames " + std::to_string(frames);
    const auto empty = run_child("'" + self + "' --child empty" + f);
    const auto full = run_child("'" + self + "' --child empty-full" + f);
    const auto deskv = run_child("'" + self + "' --child desk --home '" + h.string() + "'" + f);
    if (empty.size() < 4 || full.size() < 4 || deskv.size() < 9) {
        std::fprintf(stderr, "desk bench: a child failed\n");
        return 1;
    }
    std::printf("bureau-desk with %.0f cases (1366x768), baseline: a bare ImGui window\n",
                deskv[6]);
    bench::print_header();
    bench::print_row("start to first frame (exec, login, table)", deskv[0], empty[0], "ms",
                     "empty ImGui window");
    bench::print_row("RSS after first frame", double(deskv[1]) / 1024, empty[1] / 1024, "MiB",
                     "empty ImGui window");
    bench::print_row("table scroll frame p50", deskv[2], empty[2], "ms", "empty frame p50");
    bench::print_row("table scroll frame p95", deskv[3], empty[2], "ms", "empty frame p50");
    bench::print_row("search typing frame p50", deskv[4], empty[2], "ms", "empty frame p50");
    bench::print_row("search typing frame p95", deskv[5], empty[2], "ms", "empty frame p50");
    bench::print_row("table scroll frame p50", deskv[2], full[2], "ms",
                     "full-window empty frame p50");
    bench::print_row("search typing frame p50", deskv[4], full[2], "ms",
                     "full-window empty frame p50");
    bench::print_row("  of which CPU (views+core+ImGui), scroll", deskv[7], empty[3], "ms",
                     "empty frame CPU p50");
    bench::print_row("  of which CPU (views+core+ImGui), typing", deskv[8], empty[3], "ms",
                     "empty frame CPU p50");
    return 0;
}
