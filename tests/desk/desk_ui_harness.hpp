// Headless driver for the desk UI: the real Desk on a demo bureau, the real views, an ImGui
// context with no renderer (1366x768, the real CJK font), input injected frame by frame as
// Dear ImGui 1.86 expects, and the lock's context recycle done as the app does it.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>
#include <string_view>

#include "desk_fixture.hpp"
#include "sk/desk/ui/desk_context.hpp"
#include "sk/desk/ui/desk_fonts.hpp"
#include "sk/desk/ui/desk_ui.hpp"
#include "sk/kiosk/platform/font_atlas.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"

namespace sk::desk::test {

class DeskUiHarness {
  public:
    DeskUiHarness();
    ~DeskUiHarness();
    Desk& desk() { return *fx_.desk; }
    DeskFixture& fixture() { return fx_; }
    kiosk::ui::HitRegistry& hits() { return hits_; }
    int recycles() const { return recycles_; }
    int atlas_builds() const { return baker_->builds(); }

    void frame();
    void settle() {
        frame();
        frame();
    }
    void click(std::string_view id);
    void type(std::string_view utf8);
    void press(ImGuiKey key);                 // one press and release of a named key
    bool shows(std::string_view text) const;  // a drawn string contains `text`
    bool has(std::string_view id) const { return hits_.has(id); }
    // Types the user and passphrase into the login screen and submits.
    void log_in(std::string_view user = kDemoUser, std::string_view pass = kDemoPassphrase);
    // One key press and release (io.KeyMap maps ImGuiKey_* and letters to themselves).
    void key(int key_index, bool ctrl = false);

  private:
    DeskFixture fx_;
    std::unique_ptr<ui::FontBaker> baker_;
    std::unique_ptr<kiosk::platform::BuiltAtlas> atlas_;
    std::unique_ptr<ui::DeskContext> ctx_;
    std::unique_ptr<ui::DeskUi> ui_;
    kiosk::ui::HitRegistry hits_;
    int seen_wipe_ = 0, seen_data_ = 0, recycles_ = 0;
};

// Types the demo lead's name and passphrase into the login screen and logs in.
void log_in(DeskUiHarness& h);

}  // namespace sk::desk::test
