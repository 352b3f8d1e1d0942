// Log in, the retry throttle (persisted before the passphrase is tried) and the idle lock.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>

#include "desk_fixture.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;

namespace {
bool all_zero(const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (p[i]) return false;
    }
    return true;
}
}  // namespace

TEST_CASE("desk login: the right passphrase opens Today, a wrong one is refused", "[desk]") {
    DeskFixture f;
    REQUIRE(f.desk->screen() == Screen::login);
    f.login("wrong");
    CHECK(f.desk->screen() == Screen::login);
    CHECK_FALSE(f.desk->unlocked());
    CHECK(f.desk->message_is_error());
    CHECK(all_zero(f.desk->buffer(Field::passphrase), f.desk->capacity(Field::passphrase)));
    f.login();
    CHECK(f.desk->unlocked());
    CHECK(f.desk->screen() == Screen::today);
    REQUIRE(f.desk->today());
    CHECK(f.desk->today()->cases_total == f.demo.tips_imported);
    CHECK(all_zero(f.desk->buffer(Field::passphrase), f.desk->capacity(Field::passphrase)));
}

TEST_CASE("desk login: retries are throttled and a restart does not reset the count", "[desk]") {
    DeskFixture f;
    f.config.throttle = ThrottlePolicy{2, 5000, 60000};
    f.reopen();
    f.login("a");
    f.login("b");
    CHECK(f.desk->login_wait_ms() == 5000);
    // Even the right passphrase waits.
    f.login();
    CHECK_FALSE(f.desk->unlocked());
    f.clock.advance_ms(5000);
    f.login("c");
    CHECK(f.desk->login_wait_ms() == 10000);  // doubled
    f.reopen();                               // the app restarted
    CHECK(f.desk->login_wait_ms() == 10000);
    f.clock.advance_ms(10000);
    f.login();
    CHECK(f.desk->unlocked());
    f.desk->dispatch(intent::Lock{});
    f.login("d");
    CHECK(f.desk->login_wait_ms() == 0);  // success reset the count
}

TEST_CASE("desk login: an attempt that cannot be counted is refused", "[desk]") {
    DeskFixture f;
    // The counter file cannot be written: a directory now stands where it goes.
    std::filesystem::create_directories(f.home / "desk-login-failures" / "x");
    f.login();
    CHECK_FALSE(f.desk->unlocked());
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->message().find("cannot record") != std::string::npos);
}

TEST_CASE("desk roles: the core's refusals reach the clerk, nothing of the ledger loads",
          "[desk]") {
    DeskFixture f;
    f.login(kDemoStatsPassphrase, kDemoStatsUser);
    REQUIRE(f.desk->unlocked());
    REQUIRE(f.desk->actor());
    CHECK(f.desk->actor()->role == bureau::Role::statistician);
    CHECK_FALSE(f.desk->can(bureau::Permission::read_tips));
    CHECK(f.desk->cases()->total() == 0);  // the ledger was not read
    f.desk->dispatch(intent::Navigate{Screen::cases});
    CHECK(f.desk->screen() == Screen::today);
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->message().find("权限不足") != std::string::npos);
    f.desk->dispatch(intent::OpenCase{"T-2026-0001"});
    CHECK(f.desk->case_file() == nullptr);
    f.desk->dispatch(intent::StartImport{});
    CHECK_FALSE(f.desk->import_job().running());
    CHECK(f.desk->message().find("权限不足") != std::string::npos);
    // Reports are the statistician's work.
    f.desk->dispatch(intent::SelectSurvey{0});
    CHECK(f.desk->reports().stats());
    // A wrong user name is one clear line, and counts as a failed attempt.
    f.desk->dispatch(intent::Lock{});
    f.login(kDemoPassphrase, "nobody");
    CHECK_FALSE(f.desk->unlocked());
    CHECK(f.desk->message_is_error());
}

TEST_CASE("desk idle lock: wipes every buffer, closes the bureau, activity defers it", "[desk]") {
    DeskFixture f;
    f.config.idle_lock_ms = 60'000;
    f.reopen();
    f.login();
    REQUIRE(f.desk->unlocked());
    f.desk->dispatch(intent::Navigate{Screen::cases});
    REQUIRE(f.desk->cases());
    const std::string no = *f.desk->cases()->row(0).case_no;
    f.desk->dispatch(intent::OpenCase{no});
    REQUIRE(f.desk->case_file());
    std::strcpy(f.desk->buffer(Field::note), "核查意见草稿");
    const int wipes = f.desk->wipe_generation();

    f.clock.advance_ms(59'000);
    f.desk->tick();
    CHECK(f.desk->unlocked());
    f.desk->note_activity();
    f.clock.advance_ms(59'000);
    f.desk->tick();
    CHECK(f.desk->unlocked());  // the activity restarted the timer
    f.clock.advance_ms(1'000);
    f.desk->tick();
    CHECK_FALSE(f.desk->unlocked());
    CHECK(f.desk->locked_by_idle());
    CHECK(f.desk->screen() == Screen::login);
    CHECK(f.desk->wipe_generation() == wipes + 1);
    CHECK(f.desk->case_file() == nullptr);
    CHECK(f.desk->cases() == nullptr);
    // The user name stays for the next login; everything else is zero.
    for (Field fl : {Field::passphrase, Field::note, Field::reply, Field::search, Field::path}) {
        CHECK(all_zero(f.desk->buffer(fl), f.desk->capacity(fl)));
    }
    // Nothing of the bureau is reachable until the passphrase is given again.
    f.desk->dispatch(intent::Navigate{Screen::cases});
    CHECK(f.desk->screen() == Screen::login);
    f.login();
    CHECK(f.desk->screen() == Screen::today);
}
