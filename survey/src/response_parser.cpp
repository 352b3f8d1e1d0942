// parse_response_header / parse_response: the bureau's strict reading of "sk-response-1".
#include "json_read.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/skip_logic.hpp"
#include "sk/survey/validation.hpp"

namespace sk::survey {

using detail::fail;
using detail::json;

namespace {

ResponseHeader read_header(const json& doc) {
    detail::check_keys(doc, {"type", "format", "survey", "survey_version", "lang", "answers"},
                       "response: ");
    if (detail::get_string(doc, "type", "response: ") != "response") {
        fail("", "not a response record (type is not \"response\")");
    }
    if (detail::get_string(doc, "format", "response: ") != kResponseFormat) {
        fail("", "unsupported response format (expected sk-response-1)", Errc::unsupported_version);
    }
    ResponseHeader h;
    h.survey_id = detail::get_identifier(doc, "survey", "response: ");
    h.survey_version = detail::get_integer(doc, "survey_version", 1, INT32_MAX, "response: ");
    h.lang = detail::get_string(doc, "lang", "response: ");
    if (!is_supported_lang(h.lang)) fail("response: ", "unsupported language '" + h.lang + "'");
    if (!detail::required(doc, "answers", "response: ").is_object()) {
        fail("response: ", "'answers' must be an object");
    }
    return h;
}

// Types one JSON value by the question it answers; nullopt if the JSON type is wrong.
std::optional<Answer> read_answer(const Question& q, const json& v) {
    int64_t i = 0;
    switch (q.type) {
        case QuestionType::single:
            if (!v.is_string()) return std::nullopt;
            return Answer::of_choice(v.get<std::string>());
        case QuestionType::multi: {
            if (!v.is_array()) return std::nullopt;
            std::vector<std::string> cs;
            for (const auto& c : v) {
                if (!c.is_string()) return std::nullopt;
                cs.push_back(c.get<std::string>());
            }
            return Answer::of_choices(std::move(cs));
        }
        case QuestionType::likert5:
        case QuestionType::rating10:
            if (!detail::as_int64(v, i)) return std::nullopt;
            return Answer::of_integer(i);
        case QuestionType::number:
            if (detail::as_int64(v, i)) return Answer::of_integer(i);
            if (!v.is_number_float()) return std::nullopt;
            return Answer::of_number(v.get<double>());
        case QuestionType::short_text:
        case QuestionType::long_text:
            if (!v.is_string()) return std::nullopt;
            return Answer::of_text(v.get_ref<const std::string&>());
        case QuestionType::date: {
            if (!v.is_string()) return std::nullopt;
            auto d = parse_date(v.get_ref<const std::string&>());
            if (!d) return std::nullopt;
            return Answer::of_date(*d);
        }
    }
    return std::nullopt;
}

ResponseRecord read_record(const json& doc, const Survey& s) {
    ResponseRecord r;
    r.header = read_header(doc);
    if (r.header.survey_id != s.id || r.header.survey_version != s.version) {
        fail("",
             "response is for survey '" + r.header.survey_id + "' v" +
                 std::to_string(r.header.survey_version) + ", not '" + s.id + "' v" +
                 std::to_string(s.version),
             Errc::conflict);
    }
    const json& answers = doc.at("answers");
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Question* q = s.find(it.key());
        if (q == nullptr) fail("response: ", "answer to unknown question '" + it.key() + "'");
        auto a = read_answer(*q, *it);
        if (!a) {
            fail("response: ", "answer to '" + q->id + "' is not a valid " +
                                   question_type_name(q->type) + " answer");
        }
        r.answers.set(q->id, std::move(*a));
    }
    // The kiosk drops answers to hidden questions before sealing; finding one means the
    // record was not made by a kiosk following this survey's logic.
    const auto visible = visibility(s, r.answers);
    for (size_t i = 0; i < s.questions.size(); ++i) {
        if (!visible[i] && r.answers.find(s.questions[i].id) != nullptr) {
            fail("response: ", "answer to hidden question '" + s.questions[i].id + "'");
        }
    }
    const auto issues = validate_all(s, r.answers, std::nullopt);
    if (!issues.empty()) {
        const auto& i = issues.front();
        fail("response: ", "answer to '" + s.questions[i.question_index].id +
                               "' is not valid: " + validation_error_name(i.validation.error));
    }
    return r;
}

}  // namespace

Result<ResponseHeader> parse_response_header(ByteView json_bytes) {
    return detail::parse_guarded<ResponseHeader>(json_bytes, "response", read_header);
}

Result<ResponseRecord> parse_response(ByteView json_bytes, const Survey& s) {
    return detail::parse_guarded<ResponseRecord>(
        json_bytes, "response", [&](const json& doc) { return read_record(doc, s); });
}

}  // namespace sk::survey
