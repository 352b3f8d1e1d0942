// Issue 11, defect 1: the light theme on every respondent's ImGui context. A recycled
// context can sit at the address of the one it replaced, so "apply when the pointer
// changed" left every later context with ImGui's dark default style.
#include <catch2/catch.hpp>

#include "sk/kiosk/ui/theme.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

ImU32 style_color(ImGuiCol c) {
    return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[c]);
}

void check_theme(const char* where) {
    INFO("on " << where);
    CHECK(style_color(ImGuiCol_WindowBg) == ui::color::kBackground);
    CHECK(style_color(ImGuiCol_ChildBg) == ui::color::kBackground);
    CHECK(style_color(ImGuiCol_Text) == ui::color::kText);
}

}  // namespace

TEST_CASE("every respondent's context has the light theme", "[kiosk_ui][theme]") {
    UiHarness h;
    for (int respondent = 1; respondent <= 2; ++respondent) {
        INFO("respondent " << respondent);
        REQUIRE(h.screen() == Screen::attract);
        check_theme("attract");
        h.click("attract");
        check_theme("home");
        h.click("survey#staff-workstyle-2026");  // starting a session recycles the context
        REQUIRE(h.wipes_seen() > 0);
        check_theme("survey intro");
        h.exit_session();
        h.click("attract");
        h.click("home.tip");
        check_theme("tip intro");
        h.exit_session();
    }
}
