// Time sources, injected so tests can drive idle timeouts and PIN back-off without sleeping.
// Two clocks on purpose: timers on screen (idle, countdowns) use a monotonic clock that never
// jumps; values persisted across restarts (PIN lock-out, last tip time) need wall time.
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
