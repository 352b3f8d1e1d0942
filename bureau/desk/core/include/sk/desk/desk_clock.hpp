// The desk's clocks, injected so tests drive the idle lock and the retry throttle without
// sleeping: a monotonic millisecond counter, the wall time for history rows and today.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace sk::desk {

struct DeskClock {
    std::function<int64_t()> steady_ms;  // monotonic: idle lock, retry throttle
    std::function<std::string()> now;    // RFC 3339 UTC, for the ledger's history
    std::function<uint32_t()> today;     // local calendar day, YYYYMMDD
};

// The machine's clocks (the app); tests build their own.
DeskClock system_clock();

}  // namespace sk::desk
