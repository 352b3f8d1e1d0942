#include "sk/bureau/ledger.hpp"

#include <cctype>
#include <cstdio>

#include "sk/survey/lang.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

std::string normalize_case_no(std::string_view typed) {
    // T-YYYY-N...: upper-case the prefix and zero-pad the number to four digits, so
    // operators can type what they say aloud ("T-2026-7").
    std::string s;
    for (char c : typed) {
        if (c != ' ') s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    unsigned year = 0, num = 0;
    char tail = 0;
    if (std::sscanf(s.c_str(), "T-%4u-%u%c", &year, &num, &tail) == 2 && year >= 2000) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "T-%04u-%04u", year, num);
        return buf;
    }
    return s;
}

Result<void> set_case_status(storage::BureauStore& store, std::string_view case_no_typed,
                             std::string_view status, std::string_view note, std::string_view now) {
    const std::string case_no = normalize_case_no(case_no_typed);
    auto to = parse_status(status);
    if (!to) return to.error();
    if (survey::is_blank(note)) {
        return Error{Errc::invalid_argument, "a note is required for every status change"};
    }
    if (!survey::is_valid_utf8(note)) {
        return Error{Errc::invalid_argument, "the note is not valid UTF-8"};
    }
    auto tip = store.tip(case_no);
    if (!tip) return tip.error();
    if (!tip.value()) return Error{Errc::not_found, "no case " + case_no};
    auto from = parse_status(tip.value()->status);
    if (!from) return Error{Errc::internal, "case " + case_no + " has an unknown stored status"};
    auto allowed = check_transition(from.value(), to.value());
    if (!allowed) return Error{allowed.error().code, case_no + ": " + allowed.error().message};
    return store.set_tip_status(case_no, sync::case_status_name(from.value()),
                                sync::case_status_name(to.value()), note, now);
}

Result<void> set_case_reply(storage::BureauStore& store, std::string_view case_no_typed,
                            std::string_view text, std::string_view lang, std::string_view now) {
    const std::string case_no = normalize_case_no(case_no_typed);
    if (!survey::is_supported_lang(lang)) {
        return Error{Errc::invalid_argument,
                     "unsupported language \"" + std::string(lang) + "\" (zh-CN or en)"};
    }
    auto len = survey::utf8_length(text);
    if (!len) return Error{Errc::invalid_argument, "the reply is not valid UTF-8"};
    if (survey::is_blank(text)) return Error{Errc::invalid_argument, "the reply is empty"};
    if (*len > kMaxReplyChars) {
        return Error{Errc::invalid_argument, "the reply has " + std::to_string(*len) +
                                                 " characters; the kiosk shows at most " +
                                                 std::to_string(kMaxReplyChars)};
    }
    return store.set_tip_reply(case_no, text, lang, now);
}

}  // namespace sk::bureau
