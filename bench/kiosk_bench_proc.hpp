// Child processes for the kiosk benchmark: start a program with its standard output on a
// pipe, wait for a line, read its CPU time and resident memory from /proc, stop it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sk::bench {

class Child {
  public:
    // fork + exec argv[0] (a path) with stdout on a pipe; stderr is inherited.
    static std::optional<Child> spawn(const std::vector<std::string>& argv);
    Child(Child&& o) noexcept : pid_(o.pid_), out_fd_(o.out_fd_), buf_(std::move(o.buf_)) {
        o.pid_ = -1;
        o.out_fd_ = -1;
    }
    Child& operator=(Child&&) = delete;
    ~Child();

    // Reads stdout until a line containing `needle`; nullopt on EOF or after `timeout`.
    std::optional<std::string> wait_for_line(const std::string& needle,
                                             std::chrono::milliseconds timeout);
    // User + system CPU seconds so far (/proc/PID/stat).
    double cpu_seconds() const;
    // SIGTERM, then wait; returns the exit status as waitpid reports it.
    int stop();
    // Waits for a normal exit (no signal); returns the exit code or -1. The child's user
    // and system CPU seconds over its whole life go to user_s / sys_s when given.
    int wait_exit(double* user_s = nullptr, double* sys_s = nullptr);

  private:
    Child(pid_t pid, int fd) : pid_(pid), out_fd_(fd) {}
    pid_t pid_ = -1;
    int out_fd_ = -1;
    std::string buf_;
};

// Resident set size of this process in KiB (/proc/self/status VmRSS).
long self_rss_kib();

// The integer after `key` in `line` ("RSS 123 KiB" with key "RSS "), or -1.
double number_after(const std::string& line, const std::string& key);

}  // namespace sk::bench
