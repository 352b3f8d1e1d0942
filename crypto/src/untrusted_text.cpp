#include "sk/untrusted_text.hpp"

#include <cstdint>

namespace sk {

namespace {

// Length of the valid UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 if it is not one. `cp` gets the code point.
size_t utf8_sequence(std::string_view s, size_t i, uint32_t& cp) {
    const auto b0 = static_cast<uint8_t>(s[i]);
    size_t len = 0;
    uint32_t min = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (s.size() - i < len) return 0;
    for (size_t k = 1; k < len; ++k) {
        const auto b = static_cast<uint8_t>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool is_control(uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

void append_escaped(std::string& out, std::string_view bytes) {
    static const char digits[] = "0123456789abcdef";
    for (char c : bytes) {
        const auto u = static_cast<uint8_t>(c);
        out += "\\x";
        out.push_back(digits[u >> 4]);
        out.push_back(digits[u & 0x0f]);
    }
}

}  // namespace

std::string printable_excerpt(std::string_view text, size_t max_bytes) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        uint32_t cp = 0;
        size_t len = utf8_sequence(text, i, cp);
        const bool keep = len != 0 && !is_control(cp);
        if (len == 0) len = 1;
        if (i + len > max_bytes) break;
        if (keep) {
            out.append(text.substr(i, len));
        } else {
            append_escaped(out, text.substr(i, len));
        }
        i += len;
    }
    if (i < text.size()) out += "...";
    return out;
}

}  // namespace sk
