#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace sk::bureau::cli {

ProgressBar::ProgressBar()
    : enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressBar::update(uint64_t done, uint64_t total) {
    if (!enabled_ || total == 0) return;
    const auto now = std::chrono::steady_clock::now();
    // Redraw at most 10 times a second: a terminal is slower than the import.
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    constexpr int kWidth = 40;
    const double frac = static_cast<double>(done) / static_cast<double>(total);
    const int filled = static_cast<int>(frac * kWidth);
    const double secs = std::chrono::duration<double>(now - start_).count();
    char bar[kWidth + 1];
    for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
    bar[kWidth] = 0;
    std::fprintf(stderr, "\r[%s] %3d%% %llu/%llu records, %.0f/s", bar,
                 static_cast<int>(frac * 100), static_cast<unsigned long long>(done),
                 static_cast<unsigned long long>(total), secs > 0 ? done / secs : 0.0);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::finish() {
    if (drawn_) std::fputs("\n", stderr);
    drawn_ = false;
}

}  // namespace sk::bureau::cli
