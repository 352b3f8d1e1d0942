// Issue 11, defect 7: nothing moves under a finger. The admin PIN pad stays where it was
// when "wrong PIN" appears; the lock-out message goes when the lock-out ends; the
// "how often" chips sit on one row at 1280x800.
#include <catch2/catch.hpp>

#include <string>

#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

TEST_CASE("the PIN pad does not move when the error line appears", "[kiosk_ui][issue11]") {
    UiHarness h;
    h.hold(ImVec2(10, 10), 5.5f);
    REQUIRE(h.screen() == Screen::admin_pin);
    const float y0 = h.hits().find("pin#1")->min.y;
    for (int i = 0; i < 4; ++i) h.click("pin#1");
    h.click("admin.pin.ok");
    REQUIRE_FALSE(h.view().admin.message.empty());
    REQUIRE(h.view().admin.failed_attempts == 1);
    CHECK(h.hits().find("pin#1")->min.y == y0);
}

TEST_CASE("the lock-out message goes when the lock-out ends", "[kiosk_ui][issue11]") {
    UiHarness h;
    h.hold(ImVec2(10, 10), 5.5f);
    for (int attempt = 0; attempt < 5 && h.view().admin.locked_seconds == 0; ++attempt) {
        for (int i = 0; i < 4; ++i) h.click("pin#1");
        h.click("admin.pin.ok");
    }
    REQUIRE(h.view().admin.locked_seconds > 0);
    const std::string locked_msg = h.view().admin.message;
    REQUIRE_FALSE(locked_msg.empty());
    // Wait it out, touching the screen now and then as a waiting admin would.
    for (int i = 0; i < 40 && h.view().admin.locked_seconds > 0; ++i) {
        h.idle(std::chrono::seconds(20));
        h.tap(ImVec2(640, 40));
    }
    REQUIRE(h.screen() == Screen::admin_pin);
    REQUIRE(h.view().admin.locked_seconds == 0);
    CHECK(h.view().admin.message.empty());
}

TEST_CASE("the how-often chips are one row at 1280x800", "[kiosk_ui][issue11]") {
    UiHarness h;
    h.click("attract");
    h.click("home.tip");
    h.click("tip.intro.start");
    h.click("category#0");
    if (h.has("subcategory#0")) h.click("subcategory#0");
    h.click("common.next");
    h.type("X");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_details);
    auto first = h.hits().find("frequency#0");
    REQUIRE(first);
    for (size_t i = 1; i < h.view().tip.frequency_labels.size(); ++i) {
        auto c = h.hits().find("frequency#" + std::to_string(i));
        REQUIRE(c);
        CHECK(c->min.y == first->min.y);
    }
}
