// Shared by the desk tests: a small demo bureau (the same builder as `bureau-desk --demo`)
// in a unique temp directory, a fake clock the tests move by hand, and a Desk on both.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "sk/desk/demo_bureau.hpp"
#include "sk/desk/desk.hpp"

#include "../common/temp_dir.hpp"

namespace sk::desk::test {

std::filesystem::path source_dir();

struct FakeClock {
    struct State {
        int64_t steady_ms = 1'000'000;
        std::string now = "2026-12-01T09:00:00Z";
        uint32_t today = 20261201;
    };
    std::shared_ptr<State> s = std::make_shared<State>();
    DeskClock clock() const;
    void advance_ms(int64_t ms) { s->steady_ms += ms; }
};

DemoOptions small_demo();

struct DeskFixture {
    sk::testing::TempDir tmp;
    std::filesystem::path home;
    FakeClock clock;
    DemoSummary demo;
    DeskConfig config;
    std::unique_ptr<Desk> desk;

    explicit DeskFixture(DemoOptions opt = small_demo());
    // Types user and passphrase into the desk's buffers and dispatches Login.
    void login(const std::string& pass = kDemoPassphrase, const std::string& user = kDemoUser);
    void reopen();  // a new Desk on the same home (an app restart)
    // A case typed in through the casework core (as `bureau case add`): channel name
    // ("hotline", ...), a demo unit code; returns its number. Log in (again) to see it.
    std::string add_typed_case(const std::string& channel, const std::string& unit,
                               const std::string& text);
};

// Replaces the text of one of the desk's buffers, as typing into the cleared field would.
void type(Desk& d, Field f, const char* s);
// Audit rows with `action` in the fixture's bureau (a second session on the same home).
size_t audit_rows(const DeskFixture& f, const std::string& action);

}  // namespace sk::desk::test
