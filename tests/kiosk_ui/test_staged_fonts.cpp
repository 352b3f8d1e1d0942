// The kiosk's two-stage font atlas (issue 17): the display atlas before the first frame,
// the full typing atlas swapped in between frames afterwards. The swap is driven step by
// step (build, then swap), as the frame loop does once idle: no threads, no timing.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "sk/kiosk/platform/common_chars.hpp"
#include "sk/kiosk/platform/staged_fonts.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::platform::StagedFonts;

namespace {

// A GB2312 level-1 character no display string uses: only the typing atlas has it.
uint32_t typing_only_character(const std::vector<std::string>& display) {
    platform::GlyphSet shown;
    for (const std::string& s : display) shown.add_utf8(s);
    const std::string level1 = platform::gb2312_level1_utf8();
    size_t i = 0;
    while (i < level1.size()) {
        const uint32_t cp = platform::next_code_point(level1, i);
        if (cp >= 0x4E00 && !shown.contains(cp)) return cp;
    }
    return 0;
}

ImTextureID fake_texture(intptr_t n) {
    return reinterpret_cast<ImTextureID>(n);
}

// One frame of the UI on the current context; the textures its draw commands sample.
std::vector<ImTextureID> frame_textures(ui::KioskUi& kui, ui::HitRegistry& hits) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    kui.frame(&hits);
    ImGui::Render();
    std::vector<ImTextureID> out;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; ++l) {
        for (const ImDrawCmd& c : dd->CmdLists[l]->CmdBuffer) {
            if (c.ElemCount > 0) out.push_back(c.TextureId);
        }
    }
    return out;
}

bool all_are(const std::vector<ImTextureID>& ids, ImTextureID want) {
    for (ImTextureID id : ids) {
        if (id != want) return false;
    }
    return !ids.empty();
}

}  // namespace

TEST_CASE(
    "kiosk staged fonts: typing characters come with the full atlas, display strings are "
    "drawable before and after the swap",
    "[kiosk_ui][fonts]") {
    uitest::UiHarness h;  // the real core (display strings) and the zero-on-free allocator
    const std::vector<std::string> display = h.app().all_display_strings();
    const uint32_t typed = typing_only_character(display);
    REQUIRE(typed != 0);

    auto font = platform::find_cjk_font();
    REQUIRE(font.ok());
    auto built = StagedFonts::build_display(*font, 800, display);
    REQUIRE(built.ok());
    StagedFonts& fonts = **built;
    const ImFontAtlas* display_atlas = fonts.in_use().atlas.get();
    fonts.in_use().atlas->SetTexID(fake_texture(1));  // stands in for the GL upload

    // Stage 1: only what the kiosk shows.
    CHECK_FALSE(fonts.full_in_use());
    CHECK(platform::missing_glyphs(fonts.in_use().body, display).empty());
    CHECK(platform::missing_glyphs(fonts.in_use().title, display).empty());
    CHECK(fonts.can_display(U'。'));
    CHECK_FALSE(fonts.can_display(static_cast<char32_t>(typed)));
    CHECK(fonts.in_use().stats.body_glyphs < 3000);

    int fonts_changed = 0;
    ui::ContextHooks hooks;
    hooks.attach = [](ImGuiContext*) { ImGui::GetIO().DisplaySize = ImVec2(1280, 800); };
    hooks.fonts_changed = [&](ImGuiContext*) {
        ++fonts_changed;
        ImGui::GetIO().Fonts->SetTexID(fake_texture(2));
    };
    ui::KioskUi kui(h.app(), fonts.fonts());
    ui::HitRegistry hits;
    {
        ui::ContextCycler contexts(fonts.in_use().atlas.get(), fonts.in_use().body, hooks);
        contexts.create();
        CHECK(all_are(frame_textures(kui, hits), fake_texture(1)));
        CHECK(platform::missing_glyphs(fonts.in_use().body, hits.texts()).empty());

        // Stage 2a: built but not swapped in (the frame loop has not been idle yet).
        REQUIRE(fonts.build_full().ok());
        CHECK(fonts.full_built());
        CHECK_FALSE(fonts.full_in_use());
        CHECK_FALSE(fonts.can_display(static_cast<char32_t>(typed)));
        CHECK(all_are(frame_textures(kui, hits), fake_texture(1)));

        // Stage 2b, between frames.
        REQUIRE(fonts.swap_in(contexts, kui));
        CHECK_FALSE(fonts.swap_in(contexts, kui));  // once
        CHECK(fonts_changed == 1);
        CHECK(fonts.full_in_use());
        CHECK(fonts.in_use().atlas.get() != display_atlas);
        CHECK(fonts.can_display(static_cast<char32_t>(typed)));
        CHECK(fonts.can_display(U'。'));
        CHECK(platform::missing_glyphs(fonts.in_use().body, display).empty());
        CHECK(platform::missing_glyphs(fonts.in_use().title, display).empty());
        CHECK(kui.fonts().body == fonts.in_use().body);
        CHECK(kui.fonts().title == fonts.in_use().title);
        CHECK(ImGui::GetIO().Fonts == fonts.in_use().atlas.get());
        CHECK(ImGui::GetIO().FontDefault == fonts.in_use().body);
        // Every draw command samples the new texture, and the strings are drawable.
        CHECK(all_are(frame_textures(kui, hits), fake_texture(2)));
        CHECK(platform::missing_glyphs(fonts.in_use().body, hits.texts()).empty());

        // The next respondent's context starts on the full atlas too.
        contexts.recycle();
        CHECK(ImGui::GetIO().Fonts == fonts.in_use().atlas.get());
        CHECK(all_are(frame_textures(kui, hits), fake_texture(2)));
        CHECK(fonts_changed == 1);
    }
}
