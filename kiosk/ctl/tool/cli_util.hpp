// Small helpers shared by the kioskctl subcommands: one-line errors, progress lines.
#pragma once

#include <cstdint>
#include <string>

#include "sk/result.hpp"

namespace sk::kioskctl {

// "kioskctl: <message>" on stderr; returns the exit code 1.
int fail(const std::string& message);
int fail(const Error& e);

// Rewrites one progress line on stderr ("\r...") at most every 200 ms and on completion;
// when stderr is not a terminal, one line every 5 s and the final line.
class Progress {
  public:
    explicit Progress(std::string label) : label_(std::move(label)) {}
    void update(uint64_t done, uint64_t total);

  private:
    std::string label_;
    int64_t last_ms_ = -1;
    bool tty_ = false, checked_ = false;
};

}  // namespace sk::kioskctl
