// Kiosk benchmark sections that run the real `kiosk` binary as a child process: cold start
// to the first rendered frame, resident memory at that frame, and CPU use while idle, each
// against the empty-window program (kiosk_bench_empty.hpp) measured the same way.
#pragma once

#include <optional>
#include <string>

namespace sk::bench {

struct ChildBenchOptions {
    std::string kiosk_binary;  // the `kiosk` executable
    std::string self_binary;   // sk_kiosk_bench (for its --child modes)
    std::string assets_dir;
    std::string work_dir;
    int start_runs = 5;
    double idle_seconds = 30;
};

struct StartRows {
    double kiosk_ms = 0, empty_ms = 0;            // median time to the first frame
    double kiosk_rss_mib = 0, empty_rss_mib = 0;  // median RSS at that frame
};

// Prints the start-up rows; nullopt (after a message) when a run failed.
std::optional<StartRows> bench_cold_start(const ChildBenchOptions& o);
bool bench_idle_cpu(const ChildBenchOptions& o);

}  // namespace sk::bench
