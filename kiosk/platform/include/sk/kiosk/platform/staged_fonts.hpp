// The kiosk's font atlas in two stages (issue 17). Rasterising the 7,193 body glyphs people
// may type (GB2312 levels 1 and 2) was a third of the kiosk's start, and nobody types
// before the first screen is up. So:
//   1. before the first frame, the display atlas: only what the kiosk shows (UI strings,
//      survey texts, tip categories: about 1,300 body glyphs);
//   2. after the first frame, once the frame loop is idle, the full atlas (the display
//      characters + GB2312) is built and swapped in between frames: the ImGui contexts,
//      the UI and the candidate filter take its fonts, its texture is uploaded, and the
//      display atlas and its texture are freed.
// The full build runs on the main thread, between frames: ImGui counts every allocation
// in its current context (ImGui::MemAlloc), so an atlas built on another thread would race
// with the frames and with the context recycled after each respondent.
// Until the swap can_display() answers for the display atlas, so the keyboard never offers
// a candidate it would draw as a missing glyph; after it, every GB2312 candidate shows.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

namespace sk::kiosk::platform {

class StagedFonts {
  public:
    // Stage 1: builds the display atlas from `display_strings` (App::all_display_strings)
    // and keeps the full atlas's request for stage 2. Errors as build_font_atlas.
    static Result<std::unique_ptr<StagedFonts>> build_display(
        const FontLocation& font, int screen_height,
        const std::vector<std::string>& display_strings);

    StagedFonts(const StagedFonts&) = delete;
    StagedFonts& operator=(const StagedFonts&) = delete;

    // The atlas the contexts and the UI use now.
    const BuiltAtlas& in_use() const { return full_in_use_ ? full_ : display_; }
    ui::UiFonts fonts() const { return ui_fonts(in_use()); }
    bool full_in_use() const { return full_in_use_; }
    // The candidate filter (AppConfig::can_display): the body font of the atlas in use has
    // a glyph for `c` (candidates are drawn with the body font).
    bool can_display(char32_t c) const;

    // Stage 2a: builds the full atlas (the slow part: FreeType). Does nothing once built.
    // On an error the display atlas stays in use (candidates outside it stay hidden).
    Result<void> build_full();
    bool full_built() const { return full_.atlas != nullptr; }
    // Stage 2b, between frames only: when the full atlas is built and not yet in use,
    // `contexts` (current and later contexts, texture upload) and `ui` take its fonts, the
    // display atlas is freed. Returns whether it swapped.
    bool swap_in(ui::ContextCycler& contexts, ui::KioskUi& ui);

  private:
    StagedFonts() = default;

    BuiltAtlas display_;
    BuiltAtlas full_;
    AtlasRequest full_request_;
    bool full_in_use_ = false;
};

}  // namespace sk::kiosk::platform
