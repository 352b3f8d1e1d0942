#include "idle_timer.hpp"

namespace sk::kiosk {

namespace {
int ceil_seconds(Clock::duration d) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}
}  // namespace

IdleTimer::Event IdleTimer::tick(Clock::time_point t, bool counting) {
    if (counting) {
        if (t >= overlay_deadline_) return Event::expired;
        int s = ceil_seconds(overlay_deadline_ - t);
        if (s == seconds_left_) return Event::none;
        seconds_left_ = s;
        return Event::countdown_changed;
    }
    if (t < last_activity_ + timeout_) return Event::none;
    overlay_deadline_ = t + kStillThereCountdown;
    seconds_left_ = int(kStillThereCountdown.count());
    return Event::still_there;
}

Clock::time_point IdleTimer::next(Clock::time_point t, bool counting) const {
    if (!counting) return last_activity_ + timeout_;
    // Next whole second of the countdown, or the end.
    auto left = overlay_deadline_ - t;
    auto frac = left % std::chrono::seconds(1);
    auto next = frac > Clock::duration::zero() ? t + frac : t + std::chrono::seconds(1);
    return next < overlay_deadline_ ? next : overlay_deadline_;
}

}  // namespace sk::kiosk
