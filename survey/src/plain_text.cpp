#include "sk/survey/plain_text.hpp"

#include <string>

#include "sk/survey/utf8.hpp"

namespace sk::survey {

namespace {

bool is_control(uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool is_bidi_control(uint32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

PlainTextProblem check_plain_text(std::string_view s, const PlainTextRule& rule) {
    const auto length = utf8_length(s);
    if (!length) return PlainTextProblem::invalid_utf8;
    if (rule.required && is_blank(s)) return PlainTextProblem::empty;
    for (std::size_t i = 0; i < s.size();) {
        const uint32_t cp = next_code_point(s, i);
        if (is_control(cp) && !(rule.allow_newlines && cp == '\n'))
            return PlainTextProblem::control_char;
        if (is_bidi_control(cp)) return PlainTextProblem::bidi_control;
    }
    if (*length > rule.max_chars) return PlainTextProblem::too_long;
    return PlainTextProblem::none;
}

std::string plain_text_problem_text(PlainTextProblem p, const PlainTextRule& rule) {
    switch (p) {
        case PlainTextProblem::none:
            return "is fine";
        case PlainTextProblem::empty:
            return "is empty";
        case PlainTextProblem::invalid_utf8:
            return "is not valid UTF-8";
        case PlainTextProblem::control_char:
            return rule.allow_newlines
                       ? "contains a control character (only line breaks are allowed)"
                       : "contains a control character (a line break, tab, NUL, BEL, ESC, ...)";
        case PlainTextProblem::bidi_control:
            return "contains a bidirectional formatting character (e.g. U+202E), which makes it "
                   "display in another order than it is stored";
        case PlainTextProblem::too_long:
            return "is longer than " + std::to_string(rule.max_chars) + " characters";
    }
    return "is not plain text";
}

}  // namespace sk::survey
