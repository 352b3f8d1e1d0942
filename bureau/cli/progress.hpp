// A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal
// (logs and tests get the summary only).
#pragma once

#include <chrono>
#include <cstdint>

namespace sk::bureau::cli {

class ProgressBar {
  public:
    ProgressBar();
    void update(uint64_t done, uint64_t total);
    void finish();

  private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace sk::bureau::cli
