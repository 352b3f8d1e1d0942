// One controller per flow (issue 11): the screen table covers every screen, and the home,
// receipt lookup, submit error and admin controllers work alone (state + intents -> their
// part of the view model), with a fake shell and no ImGui.
#include <catch2/catch.hpp>

#include <set>

#include "admin_controller.hpp"
#include "controller_rig.hpp"
#include "home_controller.hpp"
#include "receipt_lookup_controller.hpp"
#include "screen_table.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/kiosk/sync_actions.hpp"
#include "submit_error_controller.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

TEST_CASE("the screen table gives every screen exactly one flow", "[controllers][table]") {
    int count = 0;
    const ScreenRoute* routes = screen_routes(count);
    REQUIRE(count == kScreenCount);
    std::set<int> seen;
    std::set<Flow> flows;
    for (int i = 0; i < kScreenCount; ++i) {
        const Screen s = static_cast<Screen>(i);
        INFO("screen " << screen_name(s));
        CHECK(std::string(screen_name(s)) != "unknown");  // a real enum value
        REQUIRE(flow_of(s).has_value());
        CHECK(routes[i].screen == s);
        CHECK(*flow_of(s) == routes[i].flow);
        seen.insert(static_cast<int>(routes[i].screen));
        flows.insert(routes[i].flow);
    }
    CHECK(int(seen.size()) == kScreenCount);
    CHECK(int(flows.size()) == kFlowCount);  // no controller without a screen
    // One past the last screen is not in the enum (kScreenCount is up to date).
    CHECK(std::string(screen_name(static_cast<Screen>(kScreenCount))) == "unknown");
    CHECK_FALSE(flow_of(static_cast<Screen>(kScreenCount)).has_value());
    CHECK(*flow_of(Screen::receipt_shown) == Flow::tip);
    CHECK(*flow_of(Screen::admin_change_pin) == Flow::admin);
}

TEST_CASE("home: survey cards, and each start goes to its own flow", "[controllers][home]") {
    ControllerRig rig;
    HomeController home(rig.host, rig.content, rig.i18n);
    const AppView v = rig.view(home, Screen::home);
    CHECK(v.provisioned);
    REQUIRE(v.surveys.size() == rig.content.surveys.size());
    REQUIRE_FALSE(v.surveys.empty());
    for (const auto& card : v.surveys) {
        CHECK_FALSE(card.title.empty());
        CHECK((card.audience == rig.i18n.tr("home.audience.staff") ||
               card.audience == rig.i18n.tr("home.audience.parents")));
    }
    home.handle(Screen::attract, intent::TouchAnywhere{});
    CHECK(rig.host.current == Screen::home);
    home.handle(Screen::home, intent::StartSurvey{v.surveys[0].id});
    home.handle(Screen::home, intent::StartTip{});
    home.handle(Screen::home, intent::StartReceiptLookup{});
    home.handle(Screen::attract, intent::AdminCornerHold{std::chrono::seconds(5)});
    REQUIRE(rig.host.entered.size() == 4);
    CHECK(rig.host.entered[0].first == Flow::survey);
    CHECK(rig.host.entered[1].first == Flow::tip);
    CHECK(rig.host.entered[2].first == Flow::receipt_lookup);
    CHECK(rig.host.entered[3].first == Flow::admin);
    CHECK(rig.host.went == std::vector<Screen>{Screen::home});  // the corner is not a touch
}

TEST_CASE("receipt lookup: keyboard up at once, bad code stays with its error, Back leaves",
          "[controllers][lookup]") {
    ControllerRig rig;
    ReceiptLookupController lookup({rig.host, rig.content, rig.pool, rig.i18n, rig.store});
    lookup.enter(intent::StartTip{});  // not its intent
    CHECK(rig.host.went.empty());
    lookup.enter(intent::StartReceiptLookup{});
    CHECK(rig.host.new_sessions == 1);
    CHECK(rig.host.current == Screen::receipt_lookup);
    CHECK(rig.host.keyboards == std::vector<FieldId>{field::receipt_code});
    REQUIRE(lookup.keyboard_target(Screen::receipt_lookup, field::receipt_code));
    CHECK(lookup.keyboard_target(Screen::receipt_lookup, field::receipt_code)->kind ==
          FieldKind::receipt_code);
    CHECK_FALSE(lookup.keyboard_target(Screen::receipt_result, field::receipt_code));

    rig.pool.set(field::receipt_code, "ABC-DEF-0");
    lookup.handle(Screen::receipt_lookup, intent::Submit{});
    CHECK(rig.host.current == Screen::receipt_lookup);
    CHECK_FALSE(rig.view(lookup, Screen::receipt_lookup).receipt.error.empty());
    lookup.text_edited(field::receipt_code);  // typing clears it
    CHECK(rig.view(lookup, Screen::receipt_lookup).receipt.error.empty());

    rig.pool.set(field::receipt_code, sk::crypto::new_receipt_code());
    lookup.handle(Screen::receipt_lookup, intent::Next{});
    CHECK(rig.host.current == Screen::receipt_result);
    const AppView v = rig.view(lookup, Screen::receipt_result);
    CHECK_FALSE(v.receipt.found);
    CHECK(v.receipt.result_text == rig.i18n.tr(v.receipt.board_installed
                                                   ? "receipt.result.not_on_board"
                                                   : "receipt.result.no_board"));
    lookup.handle(Screen::receipt_result, intent::Back{});
    CHECK(rig.host.left_to == Screen::home);
}

TEST_CASE("submit error: shows the failure, retry goes back to its review screen",
          "[controllers][submit_error]") {
    ControllerRig rig;
    SubmitErrorController err(rig.host, rig.i18n);
    err.show({{"error.disk_full", {}}, "disk full", Screen::tip_review, 0});
    CHECK(rig.host.current == Screen::submit_error);
    AppView v = rig.view(err, Screen::submit_error);
    CHECK(v.submit_error.message == rig.i18n.tr("error.disk_full"));
    CHECK(v.submit_error.detail == "disk full");
    CHECK(v.submit_error.back_to == Screen::tip_review);
    err.handle(Screen::submit_error, intent::Submit{});
    CHECK(rig.host.retried == Screen::tip_review);
    err.handle(Screen::submit_error, intent::Back{});
    CHECK(rig.host.current == Screen::tip_review);
    err.reset();
    CHECK(rig.view(err, Screen::submit_error).submit_error.message.empty());
}

namespace {
void type_pin(AdminController& admin, Screen on, const char* pin) {
    for (const char* p = pin; *p; ++p) admin.handle(on, intent::PinDigit{*p});
}
}  // namespace

TEST_CASE("admin: the corner opens the PIN pad, the PIN opens counts, nothing before it",
          "[controllers][admin]") {
    ControllerRig rig;
    NullSyncActions sync;
    const std::vector<std::string> notices{"input engines: none configured"};
    AdminController admin({rig.host, rig.store, rig.content, rig.i18n, rig.clock, sync, notices});
    admin.enter(intent::AdminCornerHold{std::chrono::seconds(4)});
    CHECK(rig.host.went.empty());  // not held long enough
    admin.enter(intent::AdminCornerHold{std::chrono::seconds(5)});
    REQUIRE(rig.host.current == Screen::admin_pin);

    admin.handle(Screen::admin_pin, intent::AdminQuit{});  // needs the PIN
    CHECK_FALSE(rig.host.quitted);
    type_pin(admin, Screen::admin_pin, "111111");
    AppView v = rig.view(admin, Screen::admin_pin);
    CHECK(v.admin.pin_digits == 6);
    CHECK(v.admin.pin_min_digits == 6);
    CHECK(v.admin.pin_max_digits == 12);
    admin.handle(Screen::admin_pin, intent::PinSubmit{});
    v = rig.view(admin, Screen::admin_pin);
    CHECK(rig.host.current == Screen::admin_pin);
    CHECK(v.admin.pin_digits == 0);  // the entry is wiped after every try
    CHECK(v.admin.failed_attempts == 1);
    CHECK(v.admin.message == rig.i18n.tr("admin.pin_wrong"));

    type_pin(admin, Screen::admin_pin, kDemoAdminPin);
    admin.handle(Screen::admin_pin, intent::PinSubmit{});
    REQUIRE(rig.host.current == Screen::admin_home);
    v = rig.view(admin, Screen::admin_home);
    CHECK(v.admin.failed_attempts == 0);
    CHECK(v.admin.notices == notices);
    CHECK_FALSE(v.admin.counts.empty());
    admin.handle(Screen::admin_home, intent::PinDigit{'1'});  // no PIN entry on the home page
    CHECK(rig.view(admin, Screen::admin_home).admin.pin_digits == 0);

    admin.handle(Screen::admin_home, intent::AdminChangePin{});
    REQUIRE(rig.host.current == Screen::admin_change_pin);
    type_pin(admin, Screen::admin_change_pin, "12");
    admin.handle(Screen::admin_change_pin, intent::PinSubmit{});
    CHECK(rig.view(admin, Screen::admin_change_pin).admin.change_stage == 0);
    CHECK(rig.view(admin, Screen::admin_change_pin).admin.message ==
          rig.i18n.tr("admin.pin_policy", {{"min", "6"}, {"max", "12"}}));
    admin.handle(Screen::admin_change_pin, intent::Back{});
    CHECK(rig.host.current == Screen::admin_home);

    admin.handle(Screen::admin_home, intent::AdminQuit{});
    CHECK(rig.host.quitted);
}
