// How the kiosk boots (the `kiosk` binary fills this from its command line).
#pragma once

#include <chrono>
#include <filesystem>

#include "sk/kiosk/clock.hpp"
#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/sync_actions.hpp"

namespace sk::kiosk {

// The documented demo admin PIN, set on the first --demo run only (never in production:
// a real kiosk gets its PIN at provisioning).
constexpr const char* kDemoAdminPin = "246810";

// Defaults; the store's settings override them (setting names in settings.hpp).
constexpr std::chrono::seconds kDefaultIdleTimeout{60};
constexpr std::chrono::seconds kStillThereCountdown{15};
constexpr std::chrono::seconds kDefaultTipMinInterval{120};
constexpr std::chrono::milliseconds kAdminHold{5000};

struct AppConfig {
    std::filesystem::path data_dir;        // the KioskStore lives here (created if absent)
    std::filesystem::path assets_dir;      // i18n/, tips/categories.json, demo/
    bool demo = false;                     // install the demo bureau key + surveys if missing
    Lang lang = Lang::zh_CN;               // language on home after every wipe
    Clocks clocks;                         // injected in tests
    SyncActionsFactory make_sync_actions;  // empty -> NullSyncActions
};

}  // namespace sk::kiosk
