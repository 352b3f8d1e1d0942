// Text a person reads as one piece of a screen, a terminal line or a report cell: a kiosk
// name, a survey title, an option label. It must be well-formed UTF-8 without control
// characters (which can end a line, ring a bell or start a terminal escape) and without
// bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069), which make a screen show the characters in another order than stored.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk::survey {

enum class PlainTextProblem { none, empty, invalid_utf8, control_char, bidi_control, too_long };

struct PlainTextRule {
    std::size_t max_chars = 200;  // code points
    bool allow_newlines = false;  // '\n' (only) in multi-line texts such as an intro
    bool required = true;         // empty (or only white space) is a problem
};

PlainTextProblem check_plain_text(std::string_view s, const PlainTextRule& rule);

// "is not valid UTF-8", "contains a control character", ...: for "<what> <problem>" messages.
std::string plain_text_problem_text(PlainTextProblem p, const PlainTextRule& rule);

}  // namespace sk::survey
