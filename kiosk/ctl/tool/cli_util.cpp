#include "cli_util.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace sk::kioskctl {

int fail(const std::string& message) {
    std::fprintf(stderr, "kioskctl: %s\n", message.c_str());
    return 1;
}

int fail(const Error& e) {
    return fail(e.message);
}

void Progress::update(uint64_t done, uint64_t total) {
    if (!checked_) {
        tty_ = ::isatty(STDERR_FILENO) != 0;
        checked_ = true;
    }
    const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
    const bool final = done >= total;
    // A terminal gets a live line; a log file a line every few seconds.
    const int64_t every_ms = tty_ ? 200 : 5000;
    if (!final && last_ms_ >= 0 && now - last_ms_ < every_ms) return;
    last_ms_ = now;
    std::fprintf(stderr, "%s%s: %llu/%llu%s", tty_ ? "\r" : "", label_.c_str(),
                 static_cast<unsigned long long>(done), static_cast<unsigned long long>(total),
                 final || !tty_ ? "\n" : "");
    std::fflush(stderr);
}

}  // namespace sk::kioskctl
