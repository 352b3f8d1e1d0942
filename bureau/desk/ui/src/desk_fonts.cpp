#include "sk/desk/ui/desk_fonts.hpp"

#include "sk/desk/strings.hpp"

namespace sk::desk::ui {

FontBaker::FontBaker(kiosk::platform::FontLocation font, float body_px, float title_px,
                     bool common_hanzi)
    : font_(std::move(font)), body_px_(body_px), title_px_(title_px) {
    for (auto* g : {&set_, &title_set_}) {
        g->add_basic_and_punctuation();
        g->add_range(0x2190, 0x21FF);  // arrows (sort markers, history)
        g->add_range(0x25A0, 0x25FF);  // geometric shapes (▶ ■ □)
        for (const auto& s : all_strings()) g->add_utf8(s);
    }
    if (common_hanzi) set_.add_common_hanzi();  // what clerks type into search and notes
}

bool FontBaker::add(const std::vector<std::string>& strings) {
    const size_t before = set_.size() + title_set_.size();
    for (const auto& s : strings) {
        set_.add_utf8(s);
        title_set_.add_utf8(s);
    }
    return set_.size() + title_set_.size() != before;
}

Result<kiosk::platform::BuiltAtlas> FontBaker::build() const {
    kiosk::platform::AtlasRequest req;
    req.font = font_;
    req.sizes.body = body_px_;
    req.sizes.title = title_px_;
    req.sizes.code = body_px_;  // the kiosk's receipt-code font: ASCII only, unused here
    req.body_glyphs = set_;
    req.title_glyphs = title_set_;
    ++builds_;
    return kiosk::platform::build_font_atlas(req);
}

}  // namespace sk::desk::ui
