// Text from a file (a context name, a JSON string) quoted inside an error message. Messages
// are one line for an operator's terminal and log (docs/ARCHITECTURE.md), and a forged file
// must not be able to add lines, escape sequences or invalid UTF-8 to them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk {

constexpr size_t kQuotedTextMaxBytes = 64;

// Valid UTF-8 is kept as it is, except control characters (U+0000..U+001F, U+007F..U+009F),
// which become \xNN, as does every byte that is not part of a valid UTF-8 sequence. Text
// longer than `max_bytes` input bytes is cut at a character boundary and ends in "...".
std::string printable_excerpt(std::string_view text, size_t max_bytes = kQuotedTextMaxBytes);

}  // namespace sk
