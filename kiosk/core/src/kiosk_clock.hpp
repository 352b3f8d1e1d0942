// The clocks every controller reads: the steady clock for timers (idle, lock-out, anti-flood;
// never on disk) and the wall clock for the calendar day (records, "today" bounds).
#pragma once

#include "local_date.hpp"
#include "sk/kiosk/clock.hpp"

namespace sk::kiosk {

class KioskClock {
  public:
    explicit KioskClock(Clocks c) : clocks_(std::move(c)) {}
    Clock::time_point now() const { return clocks_.now(); }
    WallClock::time_point wall_now() const { return clocks_.wall_now(); }
    survey::Date today() const { return local_date(clocks_.wall_now()); }

  private:
    Clocks clocks_;
};

}  // namespace sk::kiosk
