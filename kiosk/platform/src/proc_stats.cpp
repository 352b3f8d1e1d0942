#include "sk/kiosk/platform/proc_stats.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace sk::kiosk::platform {
namespace {

long status_field_kib(const char* name) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const size_t n = std::strlen(name);
    while (std::getline(in, line)) {
        if (line.compare(0, n, name) == 0 && line.size() > n && line[n] == ':') {
            return std::strtol(line.c_str() + n + 1, nullptr, 10);
        }
    }
    return 0;
}

}  // namespace

double ms_since_process_start() {
    std::ifstream in("/proc/self/stat");
    std::string stat;
    std::getline(in, stat);
    // Field 22 (starttime, clock ticks after boot); fields after the ")" of comm.
    const size_t close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(stat.substr(close + 2));
    std::string field;
    unsigned long long start_ticks = 0;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
        if (i == 22) start_ticks = std::stoull(field);
    }
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double now_ms =
        static_cast<double>(boot.tv_sec) * 1000.0 + static_cast<double>(boot.tv_nsec) / 1e6;
    const double start_ms =
        static_cast<double>(start_ticks) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
    return now_ms - start_ms;
}

long rss_kib() {
    return status_field_kib("VmRSS");
}
long peak_rss_kib() {
    return status_field_kib("VmHWM");
}

}  // namespace sk::kiosk::platform
