// The set of code points the font atlas bakes. ImGui's built-in Chinese range
// (GetGlyphRangesChineseSimplifiedCommon) misses characters the kiosk shows, e.g. 匿 in
// 匿名举报, so the set is built from the strings themselves: every i18n string, every
// installed survey text, the tip categories, plus what people type.
#pragma once

#include "sk/survey/utf8.hpp"

#include <imgui.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace sk::kiosk::platform {

class GlyphSet {
  public:
    GlyphSet();

    // Adds every code point of a UTF-8 string (invalid bytes are skipped).
    void add_utf8(std::string_view s);
    void add_range(uint32_t first, uint32_t last);
    void add(uint32_t cp);
    // ASCII, Latin-1 punctuation, general punctuation (“ ” — …), CJK symbols and
    // punctuation (、。《》「」), full-width forms (，！？：；（）).
    void add_basic_and_punctuation();
    // GB2312 level 1 (3,755 common hanzi) for typing.
    void add_common_hanzi();
    // GB2312 level 2 (3,008 more): what the pinyin engine offers beyond level 1.
    void add_less_common_hanzi();

    bool contains(uint32_t cp) const;
    size_t size() const;

    // ImGui range list (pairs, 0-terminated) for ImFontConfig::GlyphRanges. The vector
    // must outlive the atlas build.
    std::vector<ImWchar> ranges() const;

  private:
    // ImWchar is 16 bits in Debian's build: one bit per BMP code point.
    std::vector<uint32_t> bits_;
};

// The one UTF-8 decoder (survey/utf8.hpp), also used by the keyboard's display filter.
using survey::next_code_point;

}  // namespace sk::kiosk::platform
