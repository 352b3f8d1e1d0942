// Fixed-size hex fields in the JSON formats (key ids, batch hashes, receipt lookups).
// Writers emit lower-case; readers accept lower-case only, so every value has exactly one
// spelling inside signed JSON and string comparison of ids is safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "sk/bytes.hpp"

namespace sk::sync {

// True if `hex` is exactly 2*n lower-case hex digits; fills out[0..n).
bool decode_lower_hex(std::string_view hex, uint8_t* out, size_t n);

template <size_t N>
bool decode_lower_hex(std::string_view hex, std::array<uint8_t, N>& out) {
    return decode_lower_hex(hex, out.data(), N);
}

// Lower-case hex (sk::to_hex, restated here so callers of this header need only one include).
inline std::string lower_hex(ByteView b) {
    return to_hex(b);
}

}  // namespace sk::sync
