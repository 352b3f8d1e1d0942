#include "sk/desk/login_throttle.hpp"

#include <algorithm>
#include <string>

#include "sk/bureau/file_io.hpp"

namespace sk::desk {

Result<LoginThrottle> LoginThrottle::load(const std::filesystem::path& file, ThrottlePolicy policy,
                                          int64_t now_ms) {
    LoginThrottle t;
    t.file_ = file;
    t.policy_ = policy;
    auto bytes = bureau::read_file(file, 64);
    if (!bytes) {
        if (bytes.error().code != Errc::not_found) return bytes.error();
        return t;
    }
    const std::string text(bytes->begin(), bytes->end());
    try {
        t.failures_ = std::max(0, std::stoi(text));
    } catch (...) {
        // An unreadable counter counts as the worst case, never as zero.
        t.failures_ = policy.free_attempts + 10;
    }
    t.blocked_until_ms_ = now_ms + t.delay_for(t.failures_);
    return t;
}

int64_t LoginThrottle::delay_for(int failures) const {
    // The free_attempts-th failure starts the first wait.
    const int over = failures - policy_.free_attempts + 1;
    if (over <= 0) return 0;
    int64_t d = policy_.base_delay_ms;
    for (int i = 1; i < over && d < policy_.max_delay_ms; ++i) d *= 2;
    return std::min(d, policy_.max_delay_ms);
}

int64_t LoginThrottle::wait_ms(int64_t now_ms) const {
    return std::max<int64_t>(0, blocked_until_ms_ - now_ms);
}

Result<void> LoginThrottle::persist(int failures) const {
    const std::string text = std::to_string(failures) + "\n";
    return bureau::write_file(file_, ByteView(std::string_view(text)), false, 0600);
}

Result<void> LoginThrottle::begin_attempt(int64_t now_ms) {
    if (const int64_t w = wait_ms(now_ms); w > 0) {
        return Error{Errc::rate_limited,
                     "too many wrong passphrases: wait " + std::to_string((w + 999) / 1000) + " s"};
    }
    if (auto r = persist(failures_ + 1); !r) {
        return Error{Errc::io_error, "cannot record the attempt (" + r.error().message + ")"};
    }
    ++failures_;
    return ok();
}

void LoginThrottle::attempt_failed(int64_t now_ms) {
    blocked_until_ms_ = now_ms + delay_for(failures_);
}

Result<void> LoginThrottle::attempt_succeeded() {
    failures_ = 0;
    blocked_until_ms_ = 0;
    return persist(0);
}

}  // namespace sk::desk
