#include "bench_stats.hpp"

#include <algorithm>
#include <cstdio>

namespace sk::bench {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t idx = static_cast<size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(idx, v.size() - 1)];
}

void print_header() {
    std::printf("%-44s %14s %14s %8s  %-10s %s\n", "measure", "ours", "baseline", "ratio", "unit",
                "baseline is");
    std::printf("%s\n", std::string(120, '-').c_str());
}

void print_row(const std::string& what, double ours, double baseline, const std::string& unit,
               const std::string& baseline_name) {
    double ratio = baseline > 0 ? ours / baseline : 0;
    std::printf("%-44s %14.1f %14.1f %8.2f  %-10s %s\n", what.c_str(), ours, baseline, ratio,
                unit.c_str(), baseline_name.c_str());
    std::fflush(stdout);
}

}  // namespace sk::bench
