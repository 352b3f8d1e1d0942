#include "kiosk_bench_children.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

#include "bench_stats.hpp"
#include "kiosk_bench_proc.hpp"

namespace sk::bench {

namespace {

using Ms = std::chrono::duration<double, std::milli>;
constexpr std::chrono::seconds kStartTimeout{60};
constexpr std::chrono::seconds kSettle{1};  // after the first frame, before idling

std::vector<std::string> kiosk_args(const ChildBenchOptions& o, bool exit_after_first_frame) {
    std::vector<std::string> a = {o.kiosk_binary, "--data",        o.work_dir + "/kiosk-data",
                                  "--assets",     o.assets_dir,    "--demo",
                                  "--windowed",   "--print-timing"};
    if (exit_after_first_frame) a.push_back("--exit-after-first-frame");
    return a;
}

struct StartFigures {
    double ms = -1;
    double rss_kib = -1;
    double user_s = 0, sys_s = 0;  // CPU of the whole run (it exits after the first frame)
};

// Time from fork to the program's "first frame" line, and the RSS it printed there.
std::optional<StartFigures> time_start(const std::vector<std::string>& args) {
    const auto t0 = std::chrono::steady_clock::now();
    auto child = Child::spawn(args);
    if (!child) return std::nullopt;
    auto line = child->wait_for_line("first frame", kStartTimeout);
    const double ms = Ms(std::chrono::steady_clock::now() - t0).count();
    if (!line) return std::nullopt;
    StartFigures f{ms, number_after(*line, "RSS ")};
    if (child->wait_exit(&f.user_s, &f.sys_s) != 0) return std::nullopt;
    return f;
}

bool failed(const char* what) {
    std::fprintf(stderr, "kiosk bench: %s\n", what);
    return false;
}

// The run with the median start time: its wall, user and system seconds.
Span median_run(const std::vector<StartFigures>& runs) {
    std::vector<StartFigures> v = runs;
    std::sort(v.begin(), v.end(),
              [](const StartFigures& a, const StartFigures& b) { return a.ms < b.ms; });
    const StartFigures& m = v[v.size() / 2];
    return Span{m.ms / 1e3, m.user_s, m.sys_s};
}

}  // namespace

std::optional<StartRows> bench_cold_start(const ChildBenchOptions& o) {
    const std::vector<std::string> empty = {o.self_binary, "--child", "empty-first-frame"};
    // The first run creates the database and installs the demo surveys: not a cold start
    // of a provisioned kiosk, so it is not counted.
    if (!time_start(kiosk_args(o, true))) {
        failed("the kiosk did not start");
        return std::nullopt;
    }
    std::vector<StartFigures> kiosk, empty_runs;
    std::vector<double> kiosk_ms, kiosk_rss, empty_ms, empty_rss;
    for (int i = 0; i < o.start_runs; ++i) {
        auto k = time_start(kiosk_args(o, true));
        auto e = time_start(empty);
        if (!k || !e) {
            failed("a start-up run failed");
            return std::nullopt;
        }
        kiosk.push_back(*k);
        empty_runs.push_back(*e);
        kiosk_ms.push_back(k->ms);
        kiosk_rss.push_back(k->rss_kib);
        empty_ms.push_back(e->ms);
        empty_rss.push_back(e->rss_kib);
    }
    StartRows r;
    r.kiosk_ms = percentile(kiosk_ms, 50);
    r.empty_ms = percentile(empty_ms, 50);
    r.kiosk_rss_mib = percentile(kiosk_rss, 50) / 1024;
    r.empty_rss_mib = percentile(empty_rss, 50) / 1024;
    // CPU columns: the whole run of the median start (start, one frame, exit).
    const Span kiosk_cpu = median_run(kiosk), empty_cpu = median_run(empty_runs);
    print_row("kiosk cold start to first frame (median)", r.kiosk_ms, r.empty_ms, "ms",
              "empty ImGui window, first frame", &kiosk_cpu, &empty_cpu);
    print_row("kiosk RSS at first frame", r.kiosk_rss_mib, r.empty_rss_mib, "MiB",
              "empty ImGui window");
    return r;
}

bool bench_idle_cpu(const ChildBenchOptions& o) {
    auto kiosk = Child::spawn(kiosk_args(o, false));
    auto busy = Child::spawn({o.self_binary, "--child", "empty-60fps"});
    if (!kiosk || !busy) return failed("cannot start the idle programs");
    auto busy_first = busy->wait_for_line("first frame", kStartTimeout);
    if (!kiosk->wait_for_line("first frame", kStartTimeout) || !busy_first)
        return failed("an idle program did not draw");
    // The handwriting model loads after the first frame: idle starts once it is in.
    auto ready = kiosk->wait_for_line("input engines ready", kStartTimeout);
    if (!ready) return failed("the kiosk's input engines did not get ready");
    print_row("kiosk RSS with the input engines loaded", number_after(*ready, "RSS ") / 1024,
              number_after(*busy_first, "RSS ") / 1024, "MiB", "empty ImGui window");
    std::this_thread::sleep_for(kSettle);
    const double k0 = kiosk->cpu_seconds(), b0 = busy->cpu_seconds();
    const auto t0 = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(o.idle_seconds));
    const double k1 = kiosk->cpu_seconds(), b1 = busy->cpu_seconds();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    kiosk->stop();
    busy->stop();
    char label[80];
    std::snprintf(label, sizeof label, "kiosk idle CPU over %.0f s (attract)", o.idle_seconds);
    // CPU milliseconds per minute of wall time: /proc counts in 10 ms ticks, so a percentage
    // of a core would round an idle kiosk to 0.0.
    constexpr double kMsPerMinute = 60e3;
    print_row(label, kMsPerMinute * (k1 - k0) / wall, kMsPerMinute * (b1 - b0) / wall, "CPU ms/min",
              "empty ImGui window redrawn at 60 Hz");
    return true;
}

}  // namespace sk::bench
