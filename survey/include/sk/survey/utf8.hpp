// UTF-8 checks. Text limits are counted in Unicode code points because a 200-character
// limit must mean the same for "躺平" and for "lying flat"; bytes would give Chinese
// writers a third of the room.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sk::survey {

// Number of code points, or nullopt if `s` is not well-formed UTF-8 (overlong forms,
// surrogates and values above U+10FFFF are rejected).
std::optional<size_t> utf8_length(std::string_view s);
inline bool is_valid_utf8(std::string_view s) {
    return utf8_length(s).has_value();
}

// True if `s` has no characters other than ASCII white space (the "did they type
// anything" test used for required text fields).
bool is_blank(std::string_view s);

// Decodes one code point from `s` at `i` (i < s.size(); advances i past what it read);
// returns kReplacementChar on a malformed sequence.
constexpr uint32_t kReplacementChar = 0xFFFD;
uint32_t next_code_point(std::string_view s, size_t& i);

}  // namespace sk::survey
