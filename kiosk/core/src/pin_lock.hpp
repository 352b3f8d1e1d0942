// Admin PIN back-off. The counter and the last failure time live in the store (survive a
// restart); this file only computes the lock from them, so tests can check the schedule.
#pragma once

#include <cstdint>

#include "sk/storage/kiosk_config.hpp"

namespace sk::kiosk {

constexpr uint64_t kPinFreeAttempts = 3;      // failures before the first lock
constexpr int64_t kPinFirstLockSeconds = 30;  // then x2 per further failure
constexpr int64_t kPinMaxLockSeconds = 3600;

// Lock length after `failures` failed attempts: 0 for fewer than 3, then 30 s x 2^(n-3),
// capped at one hour.
int64_t pin_lock_seconds(uint64_t failures);
// Seconds until the PIN pad accepts a guess again (0 = now). A last failure in the future
// (clock set back) counts from now, so turning the clock back cannot shorten the lock.
int64_t pin_lock_remaining(const storage::PinAttempts& a, int64_t now_unix);

}  // namespace sk::kiosk
