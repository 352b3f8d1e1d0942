// Small helpers shared by the benchmark sections: percentiles and a table printer.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace sk::bench {

struct Options {
    bool quick = false;
    std::string work_dir;
};

// Wall time beside the process's user and system CPU time over one measurement (getrusage:
// all threads), so a row shows where the time went (issue 17: system time from per-record
// mmap/mprotect was invisible in a wall-time-only table).
struct Span {
    double wall_s = 0, user_s = 0, sys_s = 0;
};
class Stopwatch {
  public:
    Stopwatch();
    Span elapsed() const;

  private:
    std::chrono::steady_clock::time_point wall0_;
    double user0_ = 0, sys0_ = 0;
};

double percentile(std::vector<double> v, double p);
// One table row: what, our figure, baseline figure, ratio (ours / baseline), unit, and the
// wall / user / system seconds behind ours and the baseline where the row has them.
void print_header();
void print_row(const std::string& what, double ours, double baseline, const std::string& unit,
               const std::string& baseline_name, const Span* ours_cpu = nullptr,
               const Span* baseline_cpu = nullptr);

}  // namespace sk::bench
