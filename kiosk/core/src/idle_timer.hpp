// The idle timer: after `timeout` without input the "Still there?" overlay counts down
// kStillThereCountdown; when it reaches zero the session is wiped (the shell decides).
#pragma once

#include <chrono>
#include <optional>

#include "sk/kiosk/app_config.hpp"
#include "sk/kiosk/clock.hpp"

namespace sk::kiosk {

class IdleTimer {
  public:
    enum class Event { none, countdown_changed, still_there, expired };

    void set_timeout(std::chrono::seconds t) { timeout_ = t; }
    void activity(Clock::time_point now) { last_activity_ = now; }

    // `counting`: the still-there overlay is up. Returns what happened at `t`.
    Event tick(Clock::time_point t, bool counting);
    // The next instant tick() may report something.
    Clock::time_point next(Clock::time_point now, bool counting) const;
    int seconds_left() const { return seconds_left_; }

  private:
    std::chrono::seconds timeout_ = kDefaultIdleTimeout;
    Clock::time_point last_activity_{};
    Clock::time_point overlay_deadline_{};
    int seconds_left_ = 0;
};

}  // namespace sk::kiosk
