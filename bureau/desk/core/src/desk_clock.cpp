#include "sk/desk/desk_clock.hpp"

#include <chrono>

#include "sk/bureau/clock.hpp"

namespace sk::desk {

DeskClock system_clock() {
    DeskClock c;
    c.steady_ms = [] {
        return static_cast<int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now().time_since_epoch())
                                        .count());
    };
    c.now = [] { return bureau::now_rfc3339(); };
    c.today = [] { return bureau::today_day(); };
    return c;
}

}  // namespace sk::desk
