#include "desk_ui_harness.hpp"

#include <catch2/catch.hpp>

#include "sk/kiosk/platform/font_discovery.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

namespace sk::desk::test {

namespace {
void attach(ImGuiContext*) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1366, 768);
    io.DeltaTime = 1.0f / 60.0f;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::apply_desk_style(ImGui::GetStyle());
}
}  // namespace

DeskUiHarness::DeskUiHarness() {
    kiosk::ui::install_zero_on_free_allocator();
    auto font = kiosk::platform::find_cjk_font();
    REQUIRE(font.ok());
    // Without the 3,755 typing characters: a smaller atlas keeps the test fast; the data's
    // own characters are added as the app adds them.
    baker_ = std::make_unique<ui::FontBaker>(*font, 18, 26, false);
    baker_->add(desk().data_strings());
    auto built = baker_->build();
    REQUIRE(built.ok());
    atlas_ = std::make_unique<kiosk::platform::BuiltAtlas>(std::move(*built));
    kiosk::ui::ContextHooks hooks;
    hooks.attach = attach;
    ctx_ = std::make_unique<ui::DeskContext>(atlas_->atlas.get(), atlas_->body, hooks);
    ui_ = std::make_unique<ui::DeskUi>(desk(), ui::desk_fonts(*atlas_));
    seen_wipe_ = desk().wipe_generation();
    seen_data_ = desk().data_generation();
    settle();
}

DeskUiHarness::~DeskUiHarness() {
    ctx_.reset();
    ui_.reset();
}

void DeskUiHarness::frame() {
    ImGui::NewFrame();
    ui_->frame(&hits_);
    ImGui::Render();
    // The runtime's duties (DeskRuntime::after_frame), without GL.
    desk().tick();
    if (desk().wipe_generation() != seen_wipe_) {
        seen_wipe_ = desk().wipe_generation();
        ++recycles_;
        ctx_->recycle();
    }
    if (desk().data_generation() != seen_data_) {
        seen_data_ = desk().data_generation();
        if (baker_->add(desk().data_strings())) {
            auto fresh = baker_->build();
            REQUIRE(fresh.ok());
            auto next = std::make_unique<kiosk::platform::BuiltAtlas>(std::move(*fresh));
            ctx_->swap_atlas(next->atlas.get(), next->body);
            ui_->set_fonts(ui::desk_fonts(*next));
            atlas_ = std::move(next);
        }
    }
}

void DeskUiHarness::click(std::string_view id) {
    auto r = hits_.find(id);
    if (!r) {
        std::string ids;
        for (const auto& h : hits_.rects()) ids += h.id + " ";
        FAIL("no control '" << std::string(id) << "'; controls: " << ids);
    }
    REQUIRE(r->enabled);
    ImGui::GetIO().MousePos = r->center();
    frame();
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    settle();
}

void DeskUiHarness::type(std::string_view utf8) {
    const std::string s(utf8);
    ImGui::GetIO().AddInputCharactersUTF8(s.c_str());
    settle();
}

// frame() may recycle the ImGui context (new glyphs, a lock): the io of the release is
// fetched after it, never kept across a frame.
void DeskUiHarness::press(ImGuiKey named) {
    key(ImGui::GetIO().KeyMap[named]);
}

void DeskUiHarness::log_in(std::string_view user, std::string_view pass) {
    click("login.user");
    type(user);
    click("login.passphrase");
    type(pass);
    click("login.submit");
}

void DeskUiHarness::key(int key_index, bool ctrl) {
    ImGui::GetIO().KeyCtrl = ctrl;
    ImGui::GetIO().KeysDown[key_index] = true;
    frame();
    ImGui::GetIO().KeysDown[key_index] = false;
    ImGui::GetIO().KeyCtrl = false;
    frame();
    settle();
}

bool DeskUiHarness::shows(std::string_view text) const {
    for (const auto& t : hits_.texts()) {
        if (t.find(text) != std::string::npos) return true;
    }
    return false;
}

void log_in(DeskUiHarness& h) {
    h.log_in();
    REQUIRE(h.desk().screen() == Screen::today);
}

}  // namespace sk::desk::test
