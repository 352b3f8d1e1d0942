// How the kiosk boots (the `kiosk` binary fills this from its command line).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>

#include "sk/kiosk/clock.hpp"
#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/input_engines.hpp"
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
    // Pinyin / handwriting engines for the on-screen keyboard, called once by App::open.
    // Empty -> no engines: only the ABC/123 mode works.
    InputEnginesFactory make_input_engines;
    // Can the screen draw this code point? The keyboard hides candidates it cannot (the
    // platform answers from its font atlas). Empty: everything is drawable.
    std::function<bool(char32_t)> can_display;
    // kioskctl simulate only: no minimum interval between tips for this instance (the
    // stored setting is not touched, so a real kiosk on the same data keeps its own).
    bool ignore_tip_interval = false;
};

}  // namespace sk::kiosk
