#include "sk/kiosk/platform/staged_fonts.hpp"

#include <malloc.h>

namespace sk::kiosk::platform {

Result<std::unique_ptr<StagedFonts>> StagedFonts::build_display(
    const FontLocation& font, int screen_height, const std::vector<std::string>& display_strings) {
    std::unique_ptr<StagedFonts> s(new StagedFonts());
    // Not App::input_characters(): that would wait for the handwriting model. Its
    // characters (GB2312) are in the full atlas's body glyphs; any other one the display
    // filter keeps off the candidate row, as it does for every engine.
    s->full_request_ = atlas_request_for(font, screen_height, display_strings);
    auto display =
        build_font_atlas(display_atlas_request_for(font, screen_height, display_strings));
    if (!display) return display.error();
    s->display_ = std::move(display).value();
    return s;
}

bool StagedFonts::can_display(char32_t c) const {
    const ImFont* body = in_use().body;
    return c <= 0xFFFF && body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

Result<void> StagedFonts::build_full() {
    if (full_built()) return ok();
    auto full = build_font_atlas(full_request_);
    if (!full) return full.error();
    full_ = std::move(full).value();
    return ok();
}

bool StagedFonts::swap_in(ui::ContextCycler& contexts, ui::KioskUi& ui) {
    if (!full_built() || full_in_use_) return false;
    contexts.set_fonts(full_.atlas.get(), full_.body);  // uploads it, deletes the old texture
    ui.set_fonts(ui_fonts(full_));
    full_in_use_ = true;
    display_ = BuiltAtlas{};
    // The build's temporaries and the display atlas are freed; glibc would keep the pages.
    malloc_trim(0);
    return true;
}

}  // namespace sk::kiosk::platform
