#include "pin_lock.hpp"

namespace sk::kiosk {

int64_t pin_lock_seconds(uint64_t failures) {
    if (failures < kPinFreeAttempts) return 0;
    uint64_t doublings = failures - kPinFreeAttempts;
    if (doublings >= 7) return kPinMaxLockSeconds;  // 30 * 2^7 > 3600
    int64_t s = kPinFirstLockSeconds << doublings;
    return s > kPinMaxLockSeconds ? kPinMaxLockSeconds : s;
}

int64_t pin_lock_remaining(const storage::PinAttempts& a, int64_t now_unix) {
    int64_t lock = pin_lock_seconds(a.failed);
    if (lock == 0 || !a.last_failure_at) return 0;
    int64_t last = *a.last_failure_at;
    if (last > now_unix) return lock;  // clock went backwards: full lock from now
    int64_t rem = last + lock - now_unix;
    return rem > 0 ? rem : 0;
}

}  // namespace sk::kiosk
