#include "bench_stats.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace sk::bench {

namespace {

void process_cpu(double& user_s, double& sys_s) {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    user_s = double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) * 1e-6;
    sys_s = double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) * 1e-6;
}

// "wall/user/sys" in seconds, or "-" for a row without a single timed measurement.
std::string span_text(const Span* s) {
    if (!s) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f/%.2f/%.2f", s->wall_s, s->user_s, s->sys_s);
    return buf;
}

}  // namespace

Stopwatch::Stopwatch() : wall0_(std::chrono::steady_clock::now()) {
    process_cpu(user0_, sys0_);
}

Span Stopwatch::elapsed() const {
    Span s;
    s.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0_).count();
    process_cpu(s.user_s, s.sys_s);
    s.user_s -= user0_;
    s.sys_s -= sys0_;
    return s;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t idx = static_cast<size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(idx, v.size() - 1)];
}

void print_header() {
    std::printf("%-44s %14s %14s %8s  %-10s %-20s %-20s %s\n", "measure", "ours", "baseline",
                "ratio", "unit", "ours wall/usr/sys s", "base wall/usr/sys s", "baseline is");
    std::printf("%s\n", std::string(162, '-').c_str());
}

void print_row(const std::string& what, double ours, double baseline, const std::string& unit,
               const std::string& baseline_name, const Span* ours_cpu, const Span* baseline_cpu) {
    double ratio = baseline > 0 ? ours / baseline : 0;
    std::printf("%-44s %14.1f %14.1f %8.2f  %-10s %-20s %-20s %s\n", what.c_str(), ours, baseline,
                ratio, unit.c_str(), span_text(ours_cpu).c_str(), span_text(baseline_cpu).c_str(),
                baseline_name.c_str());
    std::fflush(stdout);
}

}  // namespace sk::bench
