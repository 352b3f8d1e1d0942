#include "sk/kiosk/platform/glyph_set.hpp"

#include "sk/kiosk/platform/common_chars.hpp"

namespace sk::kiosk::platform {
namespace {
constexpr uint32_t kBmpSize = 0x10000;
}

GlyphSet::GlyphSet() : bits_(kBmpSize / 32, 0) {}

void GlyphSet::add(uint32_t cp) {
    // Control characters are never drawn; beyond the BMP does not fit a 16-bit ImWchar.
    if (cp < 0x20 || cp >= kBmpSize || cp == 0xFFFD) return;
    bits_[cp / 32] |= 1u << (cp % 32);
}

void GlyphSet::add_range(uint32_t first, uint32_t last) {
    for (uint32_t cp = first; cp <= last; ++cp) add(cp);
}

void GlyphSet::add_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) add(next_code_point(s, i));
}

void GlyphSet::add_basic_and_punctuation() {
    add_range(0x0020, 0x007E);  // ASCII
    add_range(0x00A0, 0x00FF);  // Latin-1 (·, ×, é in names)
    add_range(0x2010, 0x2027);  // dashes, quotes, ellipsis
    add_range(0x2030, 0x203B);  // per mille, primes, ※
    add_range(0x2190, 0x2193);  // arrows (back / next)
    add_range(0x2460, 0x2473);  // circled numbers
    add_range(0x25A0, 0x25CF);  // squares, circles (check marks in lists)
    add_range(0x2713, 0x2717);  // check / cross marks
    add_range(0x27E8, 0x27E9);  // ⟨ ⟩ - core's missing-key marker must be visible
    add_range(0x3000, 0x303F);  // CJK symbols and punctuation
    add_range(0xFF01, 0xFF5E);  // full-width ASCII forms
}

void GlyphSet::add_common_hanzi() {
    add_utf8(gb2312_level1_utf8());
}

void GlyphSet::add_less_common_hanzi() {
    add_utf8(gb2312_level2_utf8());
}

bool GlyphSet::contains(uint32_t cp) const {
    return cp < kBmpSize && (bits_[cp / 32] >> (cp % 32)) & 1u;
}

size_t GlyphSet::size() const {
    size_t n = 0;
    for (uint32_t w : bits_) n += static_cast<size_t>(__builtin_popcount(w));
    return n;
}

std::vector<ImWchar> GlyphSet::ranges() const {
    std::vector<ImWchar> out;
    uint32_t cp = 0;
    while (cp < kBmpSize) {
        if (!contains(cp)) {
            ++cp;
            continue;
        }
        const uint32_t first = cp;
        while (cp + 1 < kBmpSize && contains(cp + 1)) ++cp;
        out.push_back(static_cast<ImWchar>(first));
        out.push_back(static_cast<ImWchar>(cp));
        ++cp;
    }
    out.push_back(0);
    return out;
}

}  // namespace sk::kiosk::platform
