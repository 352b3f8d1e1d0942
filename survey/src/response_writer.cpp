// serialize_response: the response plaintext, written straight into secure memory.
#include <algorithm>

#include "sk/survey/json_writer.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/skip_logic.hpp"
#include "sk/survey/validation.hpp"

namespace sk::survey {

namespace {

void write_answer(SecureJsonWriter& w, const Question& q, const Answer& a) {
    switch (q.type) {
        case QuestionType::single:
            w.string(a.choice());
            break;
        case QuestionType::multi:
            // Option order, not the order of taps: the record should not tell the bureau
            // how someone hesitated.
            w.begin_array();
            for (const auto& o : q.options) {
                const auto& cs = a.choices();
                if (std::find(cs.begin(), cs.end(), o.value) != cs.end()) w.string(o.value);
            }
            w.end_array();
            break;
        case QuestionType::likert5:
        case QuestionType::rating10:
            w.integer(a.integer());
            break;
        case QuestionType::number:
            // A whole double comes out without a fraction ("3"), and reads back as integer.
            if (a.kind() == Answer::Kind::integer) {
                w.integer(a.integer());
            } else {
                w.number(a.number());
            }
            break;
        case QuestionType::short_text:
        case QuestionType::long_text:
            w.string(a.text().view());
            break;
        case QuestionType::date: {
            char d[10];
            format_date(a.date(), d);
            w.string(std::string_view(d, sizeof d));
            crypto::wipe(d, sizeof d);
            break;
        }
    }
}

}  // namespace

Result<crypto::SecureBuffer> serialize_response(const Survey& s, const Answers& answers,
                                                std::string_view lang) {
    if (!is_supported_lang(lang)) {
        return Error{Errc::invalid_argument, "unsupported language '" + std::string(lang) + "'"};
    }
    // The kiosk validates page by page; this is the last line of defence against a record
    // the bureau would reject. "today" bounds were checked when the answer was given.
    const auto issues = validate_all(s, answers, std::nullopt);
    if (!issues.empty()) {
        const auto& i = issues.front();
        return Error{Errc::invalid_argument,
                     "answer to question '" + s.questions[i.question_index].id +
                         "' is not valid: " + validation_error_name(i.validation.error)};
    }

    const auto visible = visibility(s, answers);
    SecureJsonWriter w;
    w.begin_object();
    w.key("type");
    w.string("response");
    w.key("format");
    w.string(kResponseFormat);
    w.key("survey");
    w.string(s.id);
    w.key("survey_version");
    w.integer(s.version);
    w.key("lang");
    w.string(lang);
    w.key("answers");
    w.begin_object();
    for (size_t i = 0; i < s.questions.size(); ++i) {
        const Question& q = s.questions[i];
        const Answer* a = answers.find(q.id);
        if (!visible[i] || a == nullptr || !a->answered()) continue;  // dropped at submit
        w.key(q.id);
        write_answer(w, q, *a);
    }
    w.end_object();
    w.end_object();
    if (!w.ok()) return Error{Errc::internal, "response could not be written as JSON"};
    return w.finish();
}

}  // namespace sk::survey
