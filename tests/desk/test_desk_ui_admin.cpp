// Headless flow through the real Admin views: a lead logs in, adds a user, renames a kiosk
// (a bad name's refusal shown beside the field first) and verifies the audit chain; a
// statistician is not offered Admin.
#include <catch2/catch.hpp>

#include <cstring>

#include "desk_ui_harness.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;

namespace {

void log_in(DeskUiHarness& h, const char* user, const char* pass) {
    h.log_in(user, pass);
    REQUIRE(h.desk().screen() == Screen::today);
}

// A label key drawn instead of its text (the audit table shows each action's label with
// the action beside it, so no cell is a bare key).
void no_raw_keys(DeskUiHarness& h) {
    for (const auto& t : h.hits().texts()) {
        INFO(t);
        CHECK_FALSE(has_string(t));
    }
}

// The harness has no key events: a field is emptied as select-all + delete would.
void clear(DeskUiHarness& h, Field f) {
    std::memset(h.desk().buffer(f), 0, h.desk().capacity(f));
}

}  // namespace

TEST_CASE("desk UI: a lead adds a user, renames a kiosk, verifies the audit log",
          "[desk_ui][admin]") {
    DeskUiHarness h;
    log_in(h, kDemoUser, kDemoPassphrase);
    REQUIRE(h.has("nav.admin"));
    h.click("nav.admin");
    REQUIRE(h.desk().screen() == Screen::admin);
    CHECK(h.shows("系统管理"));
    CHECK(h.shows(kDemoStatsUser));
    no_raw_keys(h);

    h.click("admin.user_name");
    h.type("li.na");
    h.click("admin.role.inspector");
    h.click("admin.passphrase");
    h.type("inspector pass");
    h.click("admin.repeat");
    h.type("inspector pass");
    h.click("admin.add_user");
    INFO(h.desk().admin().user_error());
    CHECK(h.desk().admin().user_error().empty());
    CHECK(h.shows("li.na"));
    CHECK(h.shows("检查员"));
    CHECK(bureau::unlock(h.fixture().home, "li.na", "inspector pass").ok());

    h.click("admin.tab.kiosks");
    CHECK(h.desk().admin().tab() == AdminTab::kiosks);
    REQUIRE_FALSE(h.desk().admin().kiosks().empty());
    h.click("admin.kiosk#0");
    const int64_t id = h.desk().admin().kiosks().front().id;
    CHECK(h.desk().admin().selected_kiosk() == id);
    h.click("admin.kiosk_name");
    h.type("名称\u202E反转");
    h.click("admin.rename");
    CHECK_FALSE(h.desk().admin().kiosk_error().empty());
    CHECK(h.shows(h.desk().admin().kiosk_error()));  // beside the field
    clear(h, Field::admin_kiosk_name);
    h.click("admin.kiosk_name");
    h.type("城关第十小学");
    h.click("admin.rename");
    CHECK(h.desk().admin().kiosk_error().empty());
    CHECK(h.shows("城关第十小学"));
    no_raw_keys(h);

    h.click("admin.tab.audit");
    CHECK(h.shows("kiosk.rename"));
    h.click("admin.verify");
    REQUIRE(h.desk().admin().audit().check());
    CHECK(h.desk().admin().audit().check()->ok);
    CHECK(h.shows("新增用户（user.add）"));  // the added user's audit row, labelled
    CHECK(h.shows("审计日志完好"));
    no_raw_keys(h);
}

TEST_CASE("desk UI: a statistician is not offered Admin", "[desk_ui][admin]") {
    DeskUiHarness h;
    log_in(h, kDemoStatsUser, kDemoStatsPassphrase);
    CHECK_FALSE(h.has("nav.admin"));
    h.desk().dispatch(intent::Navigate{Screen::admin});  // reached anyway
    h.settle();
    CHECK(h.desk().screen() != Screen::admin);
    CHECK(h.desk().message().find("权限不足") != std::string::npos);
}
