// Kiosk benchmark sections that run the real `kiosk` binary as a child process: cold start
// to the first rendered frame, resident memory at that frame, and CPU use while idle, each
// against the empty-window program (kiosk_bench_empty.hpp) measured the same way.
#pragma once

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

bool bench_cold_start(const ChildBenchOptions& o);
bool bench_idle_cpu(const ChildBenchOptions& o);

}  // namespace sk::bench
