// Helpers for kiosk core tests: unique temp dirs (ctest runs in parallel), an injectable
// clock, an App on the demo assets, typing into core-owned buffers the way ImGui does.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/storage/kiosk_store.hpp"

#include "../common/temp_dir.hpp"

namespace sk::kiosk::testing {

std::filesystem::path source_dir();
std::filesystem::path assets_dir();

using sk::testing::TempDir;

// Shared so copies inside AppConfig's std::functions see advances.
struct FakeClock {
    struct State {
        Clock::time_point steady{std::chrono::hours(1000)};
        WallClock::time_point wall;
    };
    std::shared_ptr<State> s = std::make_shared<State>();
    FakeClock();  // wall = 2026-03-10 10:00 local
    Clock::time_point now() const { return s->steady; }
    void advance(std::chrono::milliseconds d) {
        s->steady += d;
        s->wall += d;
    }
    Clocks clocks() const;
};

AppConfig demo_config(const TempDir& dir, const FakeClock& clock, bool demo = true);
App open_app(const AppConfig& cfg);

// Writes `text` into the field's buffer in place (as ImGui::InputText would) and reports
// the edit. Returns the pointer the UI would have used.
char* type_into(App& app, FieldId f, std::string_view text);
// Advances the clock and ticks the app (like the platform loop would).
void advance(App& app, FakeClock& clock, std::chrono::milliseconds d);
bool all_zero(const char* p, size_t n);

// The demo bureau secret key from assets/demo/bureau.sec (passphrase "demo").
crypto::SealKeyPair demo_seal_pair();
// Every stored record, opened with the demo key (plaintext as a string).
std::vector<std::string> open_all_records(App& app);

// Helpers for the survey and tip flows.
void go_home(App& app);
// Exit / 退出, answering "clear and leave" when the kiosk asks (something was entered).
void exit_session(App& app);
const char* screen_of(const App& app);

}  // namespace sk::kiosk::testing
