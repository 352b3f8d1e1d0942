// A full disk for the current process: caps the size of every regular file it writes
// (RLIMIT_FSIZE). Writes past the cap fail with EFBIG (SIGXFSZ ignored meanwhile), which SQLite
// and the file writers report as a full disk. Deterministic, unlike filling a real disk. Each
// Catch test case runs in its own process under ctest; the destructor lifts the limit again.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <stdexcept>

namespace sk::testing {

class FileSizeLimit {
  public:
    // Files may not grow past `bytes` (0: no file may grow at all).
    explicit FileSizeLimit(rlim_t bytes) {
        if (::getrlimit(RLIMIT_FSIZE, &saved_) != 0) throw std::runtime_error("getrlimit");
        old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = saved_;
        rl.rlim_cur = bytes;
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) throw std::runtime_error("setrlimit");
    }
    // Files may not grow past the largest regular file now in `dir`, not counting the kiosk
    // store's reserve file ("*.reserve", zeros that are never written to).
    explicit FileSizeLimit(const std::filesystem::path& dir) : FileSizeLimit(largest_in(dir)) {}
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, old_handler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  private:
    static rlim_t largest_in(const std::filesystem::path& dir) {
        rlim_t biggest = 0;
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.is_regular_file() && e.path().extension() != ".reserve")
                biggest = std::max<rlim_t>(biggest, e.file_size());
        return biggest;
    }
    struct rlimit saved_ {};
    void (*old_handler_)(int) = nullptr;
};

}  // namespace sk::testing
