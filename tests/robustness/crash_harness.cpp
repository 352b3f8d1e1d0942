#include "crash_harness.hpp"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace sk::robustness {

using Micro = std::chrono::microseconds;
using SteadyClock = std::chrono::steady_clock;

int crash_rounds() {
    const char* v = std::getenv(kCrashRoundsEnv);
    if (v == nullptr || *v == '\0') return kCrashRounds;
    const int n = std::atoi(v);
    return n > 0 ? n : kCrashRounds;
}

std::filesystem::path crash_work_dir() {
    namespace fs = std::filesystem;
    const char* v = std::getenv(kCrashDirEnv);
    if (v != nullptr && *v != '\0') return v;
    const fs::path shm = "/dev/shm";
    std::error_code ec;
    if (fs::is_directory(shm, ec) && ::access(shm.c_str(), W_OK) == 0) return shm;
    return fs::temp_directory_path();
}

uint64_t crash_seed(const char* scenario) {
    uint64_t seed = 0;
    const char* v = std::getenv(kCrashSeedEnv);
    if (v != nullptr && *v != '\0') {
        seed = std::strtoull(v, nullptr, 10);
    } else {
        std::random_device rd;
        seed = (uint64_t(rd()) << 32) ^ rd();
    }
    std::printf("%s: %d rounds in %s, seed %llu (replay: %s=%llu)\n", scenario, crash_rounds(),
                crash_work_dir().c_str(), static_cast<unsigned long long>(seed), kCrashSeedEnv,
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    return seed;
}

void Reporter::send(const Report& r) const {
    // < PIPE_BUF: all or nothing. EINTR cannot split it either.
    for (;;) {
        const ssize_t n = ::write(fd_, r.data(), r.size());
        if (n == static_cast<ssize_t>(r.size())) return;
        if (n < 0 && errno == EINTR) continue;
        ::_exit(kChildPipeFailed);
    }
}

namespace {

// Reads whole reports while any are available; keeps a partial tail (cannot happen with
// atomic writes, but a short read must not shift every later report).
void read_available(int fd, std::vector<uint8_t>& pending, std::vector<Report>& out) {
    uint8_t buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        pending.insert(pending.end(), buf, buf + n);
        if (static_cast<size_t>(n) < sizeof buf) break;
    }
    size_t whole = pending.size() / kReportBytes * kReportBytes;
    for (size_t i = 0; i < whole; i += kReportBytes) {
        Report r;
        std::memcpy(r.data(), pending.data() + i, kReportBytes);
        out.push_back(r);
    }
    pending.erase(pending.begin(), pending.begin() + static_cast<long>(whole));
}

[[noreturn]] void child_main(int fd, const std::function<int(const Reporter&)>& child) {
    int code = kChildThrew;
    try {
        Reporter rep(fd);
        code = child(rep);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash child: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "crash child: unknown exception\n");
    }
    ::_exit(code);
}

}  // namespace

RoundResult run_and_kill(const std::function<int(const Reporter&)>& child, Micro delay,
                         size_t after_reports) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::fflush(nullptr);  // nothing buffered may be written twice
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::close(fds[0]);
        child_main(fds[1], child);
    }
    ::close(fds[1]);

    RoundResult res;
    std::vector<uint8_t> pending;
    bool eof = false;
    // Drains the pipe until `deadline` or `done()`, so a full pipe never stalls the child.
    auto collect = [&](SteadyClock::time_point deadline, auto done) {
        while (!eof && !done()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - SteadyClock::now());
            if (left.count() < 0) break;
            pollfd p{fds[0], POLLIN, 0};
            const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
            if (ready > 0) {
                const size_t before = pending.size() + res.reports.size() * kReportBytes;
                read_available(fds[0], pending, res.reports);
                const size_t after = pending.size() + res.reports.size() * kReportBytes;
                eof = (p.revents & POLLHUP) != 0 && after == before;
            } else if (ready == 0 && SteadyClock::now() >= deadline) {
                break;
            }
        }
    };
    collect(SteadyClock::now() + kStuckChild, [&] { return res.reports.size() >= after_reports; });
    const auto deadline = SteadyClock::now() + delay;
    collect(deadline, [] { return false; });
    // Sub-millisecond remainder of the delay (poll has millisecond resolution).
    while (!eof && SteadyClock::now() < deadline) {
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    for (;;) {  // what the child wrote before it died
        const size_t before = res.reports.size();
        const size_t pending_before = pending.size();
        read_available(fds[0], pending, res.reports);
        if (res.reports.size() == before && pending.size() == pending_before) break;
    }
    ::close(fds[0]);
    res.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    res.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return res;
}

Micro random_delay(std::mt19937_64& rng, Micro max) {
    std::uniform_int_distribution<int64_t> d(0, max.count());
    return Micro(d(rng));
}

Report report_of_u64(uint64_t v) {
    Report r{};
    for (int i = 0; i < 8; ++i) r[i] = static_cast<uint8_t>(v >> (8 * i));
    return r;
}

uint64_t u64_of_report(const Report& r) {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(r[i]) << (8 * i);
    return v;
}

}  // namespace sk::robustness
