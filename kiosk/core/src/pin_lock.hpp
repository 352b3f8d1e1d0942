// Admin PIN back-off. The failure counter lives in the store (survives a restart); the time of
// the last failure only in memory, on the steady clock (no time finer than a day on the kiosk
// disk, docs/THREAT_MODEL.md). This file only computes the lock, so tests can check it.
#pragma once

#include <cstdint>
#include <optional>

#include "sk/kiosk/clock.hpp"

namespace sk::kiosk {

constexpr uint64_t kPinFreeAttempts = 3;      // failures before the first lock
constexpr int64_t kPinFirstLockSeconds = 30;  // then x2 per further failure
constexpr int64_t kPinMaxLockSeconds = 3600;

// Lock length after `failures` failed attempts: 0 for fewer than 3, then 30 s x 2^(n-3),
// capped at one hour.
int64_t pin_lock_seconds(uint64_t failures);
// Seconds until the PIN pad accepts a guess again (0 = now), the lock counted from
// `lock_start` (the last failure, or the start-up after failures). A lock with no start, or a
// start in the future, is a full lock from now: unknown never means unlocked.
int64_t pin_lock_remaining(uint64_t failures, std::optional<Clock::time_point> lock_start,
                           Clock::time_point now);

}  // namespace sk::kiosk
