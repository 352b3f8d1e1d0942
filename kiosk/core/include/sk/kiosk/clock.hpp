// Time sources, injected so tests can drive idle timeouts and PIN back-off without sleeping.
// Two clocks on purpose: timers on screen (idle, countdowns) use a monotonic clock that never
// jumps, and so do the anti-flood clock and the PIN lock-out (kept in memory only); wall time
// gives only dates (records, stamps, the day of the latest tip).
#pragma once

#include <chrono>
#include <functional>

namespace sk::kiosk {

using Clock = std::chrono::steady_clock;
using WallClock = std::chrono::system_clock;

struct Clocks {
    std::function<Clock::time_point()> now = [] { return Clock::now(); };
    std::function<WallClock::time_point()> wall_now = [] { return WallClock::now(); };
};

}  // namespace sk::kiosk
