// The kiosk's flows, one controller each (flow_controller.hpp).
#pragma once

namespace sk::kiosk {

enum class Flow { home, survey, tip, receipt_lookup, submit_error, admin };
constexpr int kFlowCount = static_cast<int>(Flow::admin) + 1;

const char* flow_name(Flow f);

}  // namespace sk::kiosk
