#include "sk/survey/publish_check.hpp"

#include <string>

#include "sk/survey/plain_text.hpp"

namespace sk::survey {

namespace {

std::string iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

Result<void> check_text(const LocalizedText& t, const std::string& where, PlainTextRule rule) {
    const std::pair<const char*, const std::string*> langs[] = {{"zh-CN", &t.zh_cn}, {"en", &t.en}};
    for (const auto& [lang, text] : langs) {
        if (text->empty()) continue;  // presence is the parser's business
        const PlainTextProblem p = check_plain_text(*text, rule);
        if (p != PlainTextProblem::none)
            return Error{Errc::invalid_argument,
                         where + " (" + lang + ") " + plain_text_problem_text(p, rule)};
    }
    return ok();
}

}  // namespace

Result<void> check_publishable(const Survey& s, const Date& today) {
    if (s.expired(today))
        return Error{Errc::invalid_argument, "survey '" + s.id + "' expired on " + iso(s.expires) +
                                                 " (today is " + iso(today) +
                                                 "): set a later 'expires'"};
    const PlainTextRule line{kMaxTitleChars, false, true};
    const PlainTextRule question{kMaxQuestionChars, true, true};
    const PlainTextRule intro{kMaxIntroChars, true, true};
    SK_TRY(check_text(s.title, "title", line));
    SK_TRY(check_text(s.intro, "intro", intro));
    SK_TRY(check_text(s.thanks, "thanks", intro));
    for (std::size_t i = 0; i < s.questions.size(); ++i) {
        const Question& q = s.questions[i];
        const std::string at = "questions[" + std::to_string(i) + "]";
        SK_TRY(check_text(q.text, at + ".text", question));
        SK_TRY(check_text(q.help, at + ".help", question));
        for (std::size_t k = 0; k < q.options.size(); ++k)
            SK_TRY(check_text(q.options[k].label, at + ".options[" + std::to_string(k) + "].label",
                              line));
    }
    return ok();
}

}  // namespace sk::survey
