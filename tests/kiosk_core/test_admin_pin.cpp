// Admin: hidden corner hold, PIN pad, persistent exponential back-off across a restart,
// counts-only admin home, change PIN, sync actions not available yet, quit.
#include <catch2/catch.hpp>

#include "../common/file_size_limit.hpp"
#include "kiosk_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;
using namespace std::chrono_literals;

namespace {

void enter_pin(App& app, const std::string& pin) {
    for (char c : pin) app.dispatch(intent::PinDigit{c});
    CHECK(app.view().admin.pin_digits == int(pin.size()));
    app.dispatch(intent::PinSubmit{});
}

void open_pad(App& app) {
    Screen before = app.view().screen;
    app.dispatch(intent::AdminCornerHold{4999ms});
    REQUIRE(app.view().screen == before);
    app.dispatch(intent::AdminCornerHold{5000ms});
    REQUIRE(app.view().screen == Screen::admin_pin);
}

// Waits on the PIN pad, touching it every 10 s so the idle timeout does not close it.
void wait_on_pad(App& app, FakeClock& clock, std::chrono::seconds d) {
    for (; d > 10s; d -= 10s) {
        advance(app, clock, 10s);
        app.dispatch(intent::TouchAnywhere{});
    }
    advance(app, clock, d);
    app.dispatch(intent::TouchAnywhere{});
}

}  // namespace

TEST_CASE("admin: wrong PINs back off exponentially, and the lock survives a restart",
          "[admin][pin]") {
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    {
        App app = open_app(cfg);
        open_pad(app);
        enter_pin(app, "111111");
        CHECK(app.view().admin.message == "PIN码错误。");
        CHECK(app.view().admin.pin_digits == 0);  // entry cleared after each try
        enter_pin(app, "222222");
        CHECK(app.view().admin.locked_seconds == 0);
        enter_pin(app, "333333");  // third failure: 30 s lock
        CHECK(app.view().admin.failed_attempts == 3);
        CHECK(app.view().admin.locked_seconds == 30);
        CHECK(app.view().admin.message.find("30 秒") != std::string::npos);
    }
    // Restart (new App on the same store) 10 s later: the counter is kept and, as no time of
    // the failure is on disk, the lock starts afresh at start-up (never shorter).
    clock.advance(10s);
    App app = open_app(cfg);
    open_pad(app);
    CHECK(app.view().admin.failed_attempts == 3);
    CHECK(app.view().admin.locked_seconds == 30);
    // Even the right PIN is refused while locked, and does not count as a failure.
    enter_pin(app, "246810");
    CHECK(app.view().screen == Screen::admin_pin);
    CHECK(app.view().admin.failed_attempts == 3);
    // The countdown ticks once a second.
    REQUIRE(app.next_deadline().has_value());
    CHECK(*app.next_deadline() == clock.now() + 1s);
    advance(app, clock, 5s);
    CHECK(app.view().admin.locked_seconds == 25);

    advance(app, clock, 25s);
    CHECK(app.view().admin.locked_seconds == 0);
    enter_pin(app, "444444");  // 4th: 60 s
    CHECK(app.view().admin.locked_seconds == 60);
    advance(app, clock, 30s);
    app.dispatch(intent::TouchAnywhere{});  // stay active (idle would close the pad)
    advance(app, clock, 30s);
    app.dispatch(intent::TouchAnywhere{});
    enter_pin(app, "555555");  // 5th: 120 s
    CHECK(app.view().admin.failed_attempts == 5);
    CHECK(app.view().admin.locked_seconds == 120);
    CHECK(app.view().admin.message.find("120") != std::string::npos);
    auto attempts = app.store().pin_attempts();
    REQUIRE(attempts.ok());
    CHECK(attempts->failed == 5);

    // After the lock the right PIN opens admin and resets the counter.
    clock.advance(121s);
    app.dispatch(intent::TouchAnywhere{});
    enter_pin(app, "246810");
    REQUIRE(app.view().screen == Screen::admin_home);
    CHECK(app.store().pin_attempts()->failed == 0);
}

TEST_CASE("admin: a restart never shortens the PIN lock-out, whatever the wall clock says",
          "[admin][pin]") {
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    {
        App app = open_app(cfg);
        open_pad(app);
        for (const char* pin : {"111111", "222222", "333333", "444444", "555555"}) {
            enter_pin(app, pin);
            wait_on_pad(app, clock, std::chrono::seconds(app.view().admin.locked_seconds));
        }
        CHECK(app.view().admin.failed_attempts == 5);
    }
    // Restarts right after the 5th failure, after its lock ran out, and with the wall clock
    // set a day ahead: each start with 5 failures is locked for the full 120 s.
    for (auto step : {0s, 200s}) {
        clock.advance(step);
        App app = open_app(cfg);
        open_pad(app);
        CHECK(app.view().admin.locked_seconds == 120);
        enter_pin(app, "246810");  // refused while locked, not counted
        CHECK(app.view().screen == Screen::admin_pin);
        CHECK(app.store().pin_attempts()->failed == 5);
    }
    clock.s->wall += 24h;
    App app = open_app(cfg);
    open_pad(app);
    CHECK(app.view().admin.locked_seconds == 120);
    wait_on_pad(app, clock, 119s);
    CHECK(app.view().admin.locked_seconds == 1);
    wait_on_pad(app, clock, 1s);
    enter_pin(app, "246810");
    CHECK(app.view().screen == Screen::admin_home);
    CHECK(app.store().pin_attempts()->failed == 0);
}

TEST_CASE("admin: a full disk refuses every PIN attempt unchecked instead of failing open",
          "[admin][pin]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    open_pad(app);
    // With the WAL folded and truncated, no write at all can land: the disk is full.
    REQUIRE(app.store().checkpoint().ok());
    {
        sk::testing::FileSizeLimit full(0);
        for (int i = 0; i < 40; ++i) {
            enter_pin(app, "1111" + std::to_string(10 + i));
            CHECK(app.view().admin.message ==
                  "本机存储无法写入，无法记录本次尝试，因此未检查PIN码。请释放存储空间后再试。");
            CHECK(app.view().admin.pin_digits == 0);
        }
        // The right PIN is refused too: otherwise "refused" would mean "wrong".
        enter_pin(app, "246810");
        CHECK(app.view().screen == Screen::admin_pin);
        CHECK(app.view().admin.message.find("未检查PIN码") != std::string::npos);
    }
    // Nothing was checked, so nothing was counted; with space back the PIN pad works again.
    CHECK(app.store().pin_attempts()->failed == 0);
    enter_pin(app, "111111");
    CHECK(app.view().admin.message == "PIN码错误。");
    CHECK(app.store().pin_attempts()->failed == 1);
    enter_pin(app, "246810");
    CHECK(app.view().screen == Screen::admin_home);
    CHECK(app.store().pin_attempts()->failed == 0);
}

TEST_CASE("admin: counts only, sync not available, change PIN, leave, quit", "[admin]") {
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    App app = open_app(cfg);
    go_home(app);
    open_pad(app);
    app.dispatch(intent::PinDigit{'2'});
    app.dispatch(intent::PinBackspace{});
    CHECK(app.view().admin.pin_digits == 0);
    enter_pin(app, "246810");
    REQUIRE(app.view().screen == Screen::admin_home);
    const auto& counts = app.view().admin.counts;
    REQUIRE(counts.size() >= 6);
    bool tips_row = false;
    for (const auto& c : counts) {
        CHECK(c.count == 0);
        tips_row |= c.label == "举报";
    }
    CHECK(tips_row);
    CHECK_FALSE(app.view().admin.sync_available);
    app.dispatch(intent::AdminExport{dir.path().string()});
    CHECK(app.view().admin.message == "导出/导入功能尚未提供。");
    app.dispatch(intent::AdminImport{dir.path().string()});
    CHECK(app.view().admin.message == "导出/导入功能尚未提供。");

    // Change PIN: policy, mismatch, success.
    app.dispatch(intent::AdminChangePin{});
    REQUIRE(app.view().screen == Screen::admin_change_pin);
    enter_pin(app, "123");
    CHECK(app.view().admin.message.find("6") != std::string::npos);
    CHECK(app.view().admin.change_stage == 0);
    enter_pin(app, "13572468");
    CHECK(app.view().admin.change_stage == 1);
    enter_pin(app, "13572469");
    CHECK(app.view().admin.message == "两次输入不一致，请重新输入。");
    CHECK(app.view().admin.change_stage == 0);
    enter_pin(app, "13572468");
    enter_pin(app, "13572468");
    REQUIRE(app.view().screen == Screen::admin_home);
    CHECK(app.view().admin.message == "PIN码已修改。");

    app.dispatch(intent::AdminLeave{});
    CHECK(app.view().screen == Screen::attract);
    open_pad(app);
    enter_pin(app, "246810");
    CHECK(app.view().screen == Screen::admin_pin);  // old PIN no longer works
    enter_pin(app, "13572468");
    REQUIRE(app.view().screen == Screen::admin_home);
    CHECK_FALSE(app.quit_requested());
    app.dispatch(intent::AdminQuit{});
    CHECK(app.quit_requested());
}

TEST_CASE("admin: the corner hold does nothing inside a respondent's session", "[admin]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    go_home(app);
    app.dispatch(intent::StartTip{});
    app.dispatch(intent::AdminCornerHold{10s});
    CHECK(app.view().screen == Screen::tip_intro);
    // Admin intents are ignored outside admin screens.
    app.dispatch(intent::AdminQuit{});
    CHECK_FALSE(app.quit_requested());
}

TEST_CASE("admin: a sync implementation is used when provided", "[admin]") {
    struct FakeSync : SyncActions {
        int* calls;
        explicit FakeSync(int* c) : calls(c) {}
        bool available() const override { return true; }
        sk::Result<SyncReport> export_to(const std::filesystem::path&) override {
            ++*calls;
            SyncReport r;
            r.batches = 1;
            r.records = 2;
            return r;
        }
        sk::Result<SyncReport> import_from(const std::filesystem::path&) override {
            ++*calls;
            return sk::Error{sk::Errc::bad_signature, "ack signature does not verify"};
        }
    };
    int calls = 0;
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    cfg.make_sync_actions = [&](sk::storage::KioskStore&) {
        return std::make_unique<FakeSync>(&calls);
    };
    App app = open_app(cfg);
    open_pad(app);
    enter_pin(app, "246810");
    REQUIRE(app.view().admin.sync_available);
    app.dispatch(intent::AdminExport{"/media/usb"});
    CHECK(app.view().admin.message == "已导出 1 个批次，共 2 条记录。");
    app.dispatch(intent::AdminImport{"/media/usb"});
    CHECK(app.view().admin.message == "导入失败：ack signature does not verify");
    CHECK(calls == 2);
}
