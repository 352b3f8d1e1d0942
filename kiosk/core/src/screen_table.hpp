// Which flow's controller owns each screen. Dispatch is a lookup in this table: a new screen
// is one row here (tests/kiosk_core/test_controllers.cpp checks every screen has one).
#pragma once

#include <optional>

#include "flow.hpp"
#include "sk/kiosk/screens.hpp"

namespace sk::kiosk {

struct ScreenRoute {
    Screen screen;
    Flow flow;
};

// The table itself, one row per screen in enum order.
const ScreenRoute* screen_routes(int& count);
// The flow of `s`; nullopt only for a value outside the enum.
std::optional<Flow> flow_of(Screen s);

}  // namespace sk::kiosk
