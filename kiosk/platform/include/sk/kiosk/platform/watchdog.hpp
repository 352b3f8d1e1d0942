// The kiosk's link to systemd (school-kiosk.service, Type=notify, WatchdogSec=): READY=1
// after the first frame, WATCHDOG=1 from the frame loop, STOPPING=1 on exit. A hung frame
// loop stops the pings and systemd restarts the kiosk. Outside systemd (no NOTIFY_SOCKET:
// the build tree, tests, deploy/run-demo) every call is a no-op.
#pragma once

#include <chrono>
#include <optional>

namespace sk::kiosk::platform {

class Watchdog {
  public:
    using Clock = std::chrono::steady_clock;

    // Reads NOTIFY_SOCKET and WATCHDOG_USEC (through libsystemd). The session script
    // unsets WATCHDOG_PID: the kiosk is cage's child, not the unit's main process.
    static Watchdog from_environment();

    // True when systemd asked for pings (WATCHDOG_USEC set).
    bool enabled() const { return interval_.has_value(); }
    // `wait` (seconds, nullopt = until input) capped so the loop wakes in time to ping:
    // half the watchdog interval. Unchanged when the watchdog is off.
    std::optional<double> cap_wait(std::optional<double> wait) const;

    void ready();                      // READY=1, once
    void ping(Clock::time_point now);  // WATCHDOG=1, at most every quarter interval
    void stopping();                   // STOPPING=1

  private:
    std::optional<std::chrono::microseconds> interval_;
    std::optional<Clock::time_point> last_ping_;
    bool ready_sent_ = false;
};

}  // namespace sk::kiosk::platform
