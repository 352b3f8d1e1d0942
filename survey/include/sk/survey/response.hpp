// Response records (format "sk-response-1"): the plaintext that the kiosk seals for the
// bureau. Deliberately carries no time: the kiosk keeps only a calendar day, outside the
// envelope, so a response cannot be matched to the moment someone used the kiosk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sk/bytes.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey {

constexpr std::string_view kResponseFormat = "sk-response-1";

// Compact JSON in secure memory:
// {"type":"response","format":"sk-response-1","survey":"id","survey_version":1,
//  "lang":"zh-CN","answers":{"q1":"a","q2":["a","c"],"q3":4,"q5":"text","q7":"2026-11-03"}}
// Answers are written in survey order; multi choices in option order (not click order).
// Hidden and unanswered questions are left out. Errc::invalid_argument if `lang` is not
// supported or a visible answer fails validation ("today" bounds are not re-checked).
Result<crypto::SecureBuffer> serialize_response(const Survey& s, const Answers& answers,
                                                std::string_view lang);

struct ResponseHeader {
    std::string survey_id;
    int64_t survey_version = 0;
    std::string lang;
};

struct ResponseRecord {
    ResponseHeader header;
    Answers answers;
};

// Bureau side, step 1: which survey (and version) a response belongs to, so the bureau
// can load that definition. Errc::bad_format on anything that is not a response record.
Result<ResponseHeader> parse_response_header(ByteView json);

// Bureau side, step 2: the answers, typed by the survey's questions. A JSON string is a
// choice, a text or a date depending on the question, so the definition is needed.
// Strict: unknown question ids, answers to hidden questions and invalid answers are
// Errc::bad_format; a different survey id or version is Errc::conflict.
Result<ResponseRecord> parse_response(ByteView json, const Survey& s);

}  // namespace sk::survey
