// Crash loop harness: a forked child does real work and reports each durable step to the
// parent through a pipe, only after the call that made it durable returned; the parent kills
// the child with SIGKILL after a random delay and then checks what survived.
//
// A SIGKILL is what a crash or a pulled plug looks like to the process: no destructor, no
// atexit, no flush. (It does not model a power cut below the page cache; synchronous=FULL and
// fsync cover that, and this test shows the code relies on nothing more than they give.)
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace sk::robustness {

// Kills per scenario (issue 6). SK_CRASH_ROUNDS overrides it for local experiments.
constexpr int kCrashRounds = 200;
constexpr const char* kCrashRoundsEnv = "SK_CRASH_ROUNDS";
// Set to replay a failing run; otherwise a fresh seed is drawn and printed.
constexpr const char* kCrashSeedEnv = "SK_CRASH_SEED";

int crash_rounds();

// Where the crash loops keep their databases: $SK_CRASH_DIR, else /dev/shm when writable,
// else the temp dir. A SIGKILL only loses what the process had not yet handed to the kernel,
// which is the same on tmpfs and on a disk; tmpfs just makes each fsync free, so a round does
// far more work before the kill (on this CI disk one fsync takes ~13 ms). Printed per run.
std::filesystem::path crash_work_dir();
constexpr const char* kCrashDirEnv = "SK_CRASH_DIR";
uint64_t crash_seed(const char* scenario);  // prints "<scenario>: seed N (SK_CRASH_SEED=N ...)"

// One report: a record id, or a batch seq in the first 8 bytes. Fixed size and smaller than
// PIPE_BUF, so a write is atomic: the parent never sees half of one, even when the kill
// lands during the write.
constexpr size_t kReportBytes = 16;
using Report = std::array<uint8_t, kReportBytes>;

class Reporter {
  public:
    explicit Reporter(int fd) : fd_(fd) {}
    // Exits the child (code kChildPipeFailed) if the pipe is gone: the parent stopped listening.
    void send(const Report& r) const;

  private:
    int fd_;
};

// Child exit codes other than 0 (finished its work before the kill, which is fine).
constexpr int kChildPipeFailed = 90;
constexpr int kChildThrew = 91;

struct RoundResult {
    std::vector<Report> reports;  // in the order the child sent them
    bool killed = false;          // true: SIGKILL ended it; false: it exited by itself
    int exit_code = 0;            // when !killed
};

// Forks; the child runs `child` (returning its exit code; it may loop until killed) with
// stdio untouched and leaves with _exit, never through the parent's Catch2 state. The parent
// first waits, however long it takes, until the child has sent `after_reports` reports (or
// exited; a child silent for kStuckChild is killed anyway), then collects reports for
// `delay` more, sends SIGKILL, reaps the child and drains the pipe. So what a round covers
// (at least `after_reports` durable steps, then a kill somewhere in the next ones) does not
// depend on how fast a loaded machine runs the child; only where in the next step the kill
// lands does.
RoundResult run_and_kill(const std::function<int(const Reporter&)>& child,
                         std::chrono::microseconds delay, size_t after_reports = 0);
constexpr std::chrono::seconds kStuckChild{300};

// Uniform random delay in [0, max].
std::chrono::microseconds random_delay(std::mt19937_64& rng, std::chrono::microseconds max);

Report report_of_u64(uint64_t v);
uint64_t u64_of_report(const Report& r);

}  // namespace sk::robustness
