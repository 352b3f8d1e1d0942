#include "sk/kiosk/platform/watchdog.hpp"

#include <systemd/sd-daemon.h>

#include <algorithm>
#include <cstdint>

namespace sk::kiosk::platform {
namespace {
// Wake at half the interval; send at most every quarter (frames during typing are many).
constexpr int kWaitDivisor = 2;
constexpr int kPingDivisor = 4;
}  // namespace

Watchdog Watchdog::from_environment() {
    Watchdog w;
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
        w.interval_ = std::chrono::microseconds(usec);
    return w;
}

std::optional<double> Watchdog::cap_wait(std::optional<double> wait) const {
    if (!interval_) return wait;
    const double half = std::chrono::duration<double>(*interval_).count() / kWaitDivisor;
    return std::min(wait.value_or(half), half);
}

void Watchdog::ready() {
    if (ready_sent_) return;
    ready_sent_ = true;
    // sd_notify returns 0 without NOTIFY_SOCKET and < 0 on a send error: a kiosk that
    // cannot reach systemd keeps running (systemd then times out the start and restarts it).
    (void)sd_notify(0, "READY=1");
}

void Watchdog::ping(Clock::time_point now) {
    if (!interval_) return;
    if (last_ping_ && now - *last_ping_ < *interval_ / kPingDivisor) return;
    last_ping_ = now;
    (void)sd_notify(0, "WATCHDOG=1");
}

void Watchdog::stopping() {
    (void)sd_notify(0, "STOPPING=1");
}

}  // namespace sk::kiosk::platform
