#include "pin_lock.hpp"

namespace sk::kiosk {

int64_t pin_lock_seconds(uint64_t failures) {
    if (failures < kPinFreeAttempts) return 0;
    uint64_t doublings = failures - kPinFreeAttempts;
    if (doublings >= 7) return kPinMaxLockSeconds;  // 30 * 2^7 > 3600
    int64_t s = kPinFirstLockSeconds << doublings;
    return s > kPinMaxLockSeconds ? kPinMaxLockSeconds : s;
}

int64_t pin_lock_remaining(uint64_t failures, std::optional<Clock::time_point> lock_start,
                           Clock::time_point now) {
    const int64_t lock = pin_lock_seconds(failures);
    if (lock == 0) return 0;
    if (!lock_start || *lock_start > now) return lock;
    // Whole seconds left, rounded up: a lock never shows 0 while it still holds.
    const auto left = *lock_start + std::chrono::seconds(lock) - now;
    if (left <= Clock::duration::zero()) return 0;
    return std::chrono::duration_cast<std::chrono::seconds>(left + std::chrono::seconds(1) -
                                                            Clock::duration(1))
        .count();
}

}  // namespace sk::kiosk
