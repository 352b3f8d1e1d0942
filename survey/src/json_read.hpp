// Private helpers shared by the strict JSON parsers in this library (surveys, responses,
// tips, tip categories). Parsers throw ParseFailure internally and convert it to
// sk::Error at their public edge, so no exception leaves the module.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sk/bytes.hpp"
#include "sk/result.hpp"
#include "sk/survey/lang.hpp"

namespace sk::survey::detail {

using json = nlohmann::json;

struct ParseFailure : std::runtime_error {
    Errc code;
    ParseFailure(Errc c, const std::string& m) : std::runtime_error(m), code(c) {}
};

// `ctx` is a message prefix such as "question 'q3': " (or empty at top level).
[[noreturn]] void fail(const std::string& ctx, const std::string& msg,
                       Errc code = Errc::bad_format);

// Parses bytes as one JSON document; `what` names it in the error ("survey").
Result<json> parse_json_document(ByteView bytes, const char* what);

// Zeroes every string in a parsed document before it is destroyed (bureau side: the
// decrypted plaintext should not be left in freed heap blocks).
void wipe_json(json& v);

// The public edge of every parser here: parse `bytes`, run `read` on the document, turn a
// ParseFailure (or any other exception) into sk::Error, and wipe the document's strings
// on every path.
template <typename T, typename Read>
Result<T> parse_guarded(ByteView bytes, const char* what, Read&& read) {
    auto doc = parse_json_document(bytes, what);
    if (!doc) return doc.error();
    struct Wiper {
        json& j;
        ~Wiper() { wipe_json(j); }
    } wiper{*doc};
    try {
        return read(static_cast<const json&>(*doc));
    } catch (const ParseFailure& e) {
        return Error{e.code, e.what()};
    } catch (const std::exception& e) {  // e.g. bad_alloc: never let it cross the edge
        return Error{Errc::internal, std::string(what) + ": " + e.what()};
    }
}

void require_object(const json& v, const std::string& ctx, const char* what);
// Rejects keys outside `allowed`: a misspelt optional key ("requird") must not be
// silently ignored.
void check_keys(const json& obj, std::initializer_list<std::string_view> allowed,
                const std::string& ctx);
const json* optional(const json& obj, const char* key);
const json& required(const json& obj, const char* key, const std::string& ctx);

std::string get_string(const json& obj, const char* key, const std::string& ctx);
// Missing key gives "" (for optional text fields).
std::string get_optional_string(const json& obj, const char* key, const std::string& ctx);
// A JSON integer that fits int64_t (nlohmann stores large positives as unsigned).
bool as_int64(const json& v, int64_t& out);
bool get_bool(const json& obj, const char* key, bool fallback, const std::string& ctx);
int64_t get_integer(const json& obj, const char* key, int64_t min, int64_t max,
                    const std::string& ctx);
double get_number(const json& v, const char* key, const std::string& ctx);

// {"zh-CN": "...", "en": "..."}; zh-CN is required and non-empty.
LocalizedText get_text(const json& obj, const char* key, const std::string& ctx);
LocalizedText get_optional_text(const json& obj, const char* key, const std::string& ctx);

// Identifiers for surveys, questions, options and categories: 1..64 of [A-Za-z0-9._-].
bool is_identifier(std::string_view s);
std::string get_identifier(const json& obj, const char* key, const std::string& ctx);

}  // namespace sk::survey::detail
