// The kiosk core facade: owns the store, the current respondent's session, the screen state
// machine and its timers. No ImGui here; kiosk/ui draws view() and dispatches intents,
// kiosk/platform runs the loop:
//
//   auto app = App::open(cfg);                      // Result<App>
//   while (!app->quit_requested()) {
//       wait = app->next_deadline() ? until it : forever;   // glfwWaitEventsTimeout
//       app->tick(Clock::now());                    // timers: idle, countdown, lock-out
//       if (app->wipe_generation() != seen) { recreate ImGui context; seen = ...; }
//       if (app->needs_redraw() || input) { draw(app->view()); app->mark_drawn(); }
//   }
//
// Threading: single-threaded; call everything from the UI thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/kiosk/app_config.hpp"
#include "sk/kiosk/clock.hpp"
#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/screens.hpp"
#include "sk/kiosk/text_fields.hpp"
#include "sk/kiosk/view.hpp"
#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk {

class KioskShell;

class App {
  public:
    // Opens (or creates) the store under cfg.data_dir, loads i18n and tip categories from
    // cfg.assets_dir; with cfg.demo installs the demo bureau key, PIN and signed demo
    // surveys from assets/demo/ when not installed yet (bundles verified via sk_sync).
    // Without a bureau key the app runs "not provisioned" (view().provisioned == false).
    static Result<App> open(const AppConfig& cfg);

    App(App&&) noexcept;
    App& operator=(App&&) noexcept;
    ~App();  // wipes the session

    const AppView& view() const;
    void dispatch(const Intent& intent);
    // Advance timers to `now` (idle -> still there -> wipe; countdown; lock-out; thanks).
    void tick(Clock::time_point now);

    // True when the view changed since mark_drawn().
    bool needs_redraw() const;
    void mark_drawn();
    // When the next timer-driven change is due (nullopt: nothing until input).
    std::optional<Clock::time_point> next_deadline() const;

    // Text buffers edited in place by ImGui (contract in text_fields.hpp).
    char* text_buffer(FieldId id);
    size_t text_capacity(FieldId id) const;

    // Bumped by every wipe (idle, exit, after submit, admin leave). The platform recreates
    // its ImGui context when this changes so ImGui's copies of typed text die too.
    uint64_t wipe_generation() const;

    // Static UI strings in the current language ("common.next" ...), see i18n.hpp.
    std::string tr(std::string_view key, const Params& params = {}) const;
    const I18n& i18n() const;
    // Every string the UI may show now (i18n files + installed surveys + tip categories):
    // the platform builds the font's glyph ranges from it.
    std::vector<std::string> all_display_strings() const;
    // Every character the on-screen keyboard's handwriting engine can offer (one per entry;
    // empty without the engine): the body font must draw them as candidates.
    std::vector<std::string> input_characters() const;

    bool quit_requested() const;

    // For tests: true when every secure arena of the on-screen keyboard (composition,
    // candidates, strokes) holds only zeros.
    bool keyboard_memory_zeroed() const;

    // For kioskctl/tests; the UI does not need it.
    storage::KioskStore& store();

  private:
    explicit App(std::unique_ptr<KioskShell> shell);
    std::unique_ptr<KioskShell> impl_;
};

}  // namespace sk::kiosk
