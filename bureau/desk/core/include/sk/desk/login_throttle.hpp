// Throttled passphrase retries. The failure count is written to the bureau home BEFORE the
// passphrase is tried (a crash or a kill between try and write cannot reset it), so
// restarting the desk does not buy new attempts; a failed write refuses the attempt.
#pragma once

#include <cstdint>
#include <filesystem>

#include "sk/result.hpp"

namespace sk::desk {

struct ThrottlePolicy {
    int free_attempts = 3;          // this many failures in a row start the first wait
    int64_t base_delay_ms = 5000;   // doubled per further failure
    int64_t max_delay_ms = 300000;  // 5 minutes
};

class LoginThrottle {
  public:
    // Reads the persisted failure count (a missing file is zero failures). A count above
    // the free attempts blocks from `now_ms` for the full delay.
    static Result<LoginThrottle> load(const std::filesystem::path& file, ThrottlePolicy policy,
                                      int64_t now_ms);

    // Milliseconds until the next attempt is allowed (0: now).
    int64_t wait_ms(int64_t now_ms) const;
    // Errc::rate_limited while waiting; otherwise persists failures+1 (Errc::io_error
    // refuses the attempt when that write fails).
    Result<void> begin_attempt(int64_t now_ms);
    // The attempt failed: the delay starts now.
    void attempt_failed(int64_t now_ms);
    // The attempt succeeded: the count goes back to zero.
    Result<void> attempt_succeeded();
    int failures() const { return failures_; }

  private:
    int64_t delay_for(int failures) const;
    Result<void> persist(int failures) const;

    std::filesystem::path file_;
    ThrottlePolicy policy_;
    int failures_ = 0;
    int64_t blocked_until_ms_ = 0;
};

}  // namespace sk::desk
