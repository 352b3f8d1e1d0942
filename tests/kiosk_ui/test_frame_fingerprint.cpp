// The frame loop leaves out rasterising a frame whose fingerprint equals the one on screen
// (issue 17): the fingerprint must stay the same for the same picture and change with
// anything drawn differently (text, position, size of the framebuffer).
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cstdint>
#include <string>

#include "sk/kiosk/platform/frame_fingerprint.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

using sk::kiosk::platform::frame_fingerprint;

namespace {

// One headless ImGui frame with a window holding `text` at `x`; its fingerprint.
uint64_t frame_with(const std::string& text, float x, int fb_w = 800, int fb_h = 600) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(x, 10));
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(text.c_str());
    ImGui::End();
    ImGui::Render();
    return frame_fingerprint(*ImGui::GetDrawData(), fb_w, fb_h);
}

}  // namespace

TEST_CASE("kiosk frame fingerprint: same picture, same fingerprint; any change, another",
          "[kiosk_ui][frame]") {
    sk::kiosk::ui::install_zero_on_free_allocator();
    ImFontAtlas atlas;
    atlas.AddFontDefault();
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&px, &w, &h);
    ImGuiContext* ctx = ImGui::CreateContext(&atlas);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(800, 600);
    io.DeltaTime = 1.0f / 60;

    // ImGui fits a new window to its content over its first frames.
    for (int i = 0; i < 3; ++i) frame_with("laoshi", 10);
    const uint64_t a = frame_with("laoshi", 10);
    CHECK(frame_with("laoshi", 10) == a);
    CHECK(frame_with("laoshj", 10) != a);            // one letter
    CHECK(frame_with("laoshi", 11) != a);            // one pixel
    CHECK(frame_with("laoshi", 10, 801, 600) != a);  // the framebuffer
    CHECK(frame_with("laoshi", 10) == a);            // and back
    ImGui::DestroyContext(ctx);
}
