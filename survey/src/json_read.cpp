#include "json_read.hpp"

#include <cmath>
#include <cstdint>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::survey::detail {

void fail(const std::string& ctx, const std::string& msg, Errc code) {
    // Messages quote keys and values from the document: keep them to one printable line.
    throw ParseFailure(code, printable_excerpt(ctx + msg, SIZE_MAX));
}

Result<json> parse_json_document(ByteView bytes, const char* what) {
    // Parse without exceptions: nlohmann's messages span positions and tokens; one line
    // with a byte offset is what the bureau tool needs.
    json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded()) {
        return Error{Errc::bad_format, std::string(what) + " is not valid JSON"};
    }
    if (!doc.is_object()) {
        return Error{Errc::bad_format, std::string(what) + " must be a JSON object"};
    }
    return doc;
}

void require_object(const json& v, const std::string& ctx, const char* what) {
    if (!v.is_object()) fail(ctx, std::string(what) + " must be an object");
}

void check_keys(const json& obj, std::initializer_list<std::string_view> allowed,
                const std::string& ctx) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool ok = false;
        for (auto a : allowed) ok = ok || it.key() == a;
        if (!ok) fail(ctx, "unknown key '" + it.key() + "'");
    }
}

const json* optional(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

const json& required(const json& obj, const char* key, const std::string& ctx) {
    const json* v = optional(obj, key);
    if (v == nullptr) fail(ctx, std::string("missing key '") + key + "'");
    return *v;
}

std::string get_string(const json& obj, const char* key, const std::string& ctx) {
    const json& v = required(obj, key, ctx);
    if (!v.is_string()) fail(ctx, std::string("'") + key + "' must be a string");
    return v.get<std::string>();
}

std::string get_optional_string(const json& obj, const char* key, const std::string& ctx) {
    if (optional(obj, key) == nullptr) return {};
    return get_string(obj, key, ctx);
}

bool get_bool(const json& obj, const char* key, bool fallback, const std::string& ctx) {
    const json* v = optional(obj, key);
    if (v == nullptr) return fallback;
    if (!v->is_boolean()) fail(ctx, std::string("'") + key + "' must be true or false");
    return v->get<bool>();
}

bool as_int64(const json& v, int64_t& out) {
    if (v.is_number_unsigned()) {
        if (v.get<uint64_t>() > uint64_t(INT64_MAX)) return false;
        out = int64_t(v.get<uint64_t>());
        return true;
    }
    if (!v.is_number_integer()) return false;
    out = v.get<int64_t>();
    return true;
}

int64_t get_integer(const json& obj, const char* key, int64_t min, int64_t max,
                    const std::string& ctx) {
    int64_t x = 0;
    if (!as_int64(required(obj, key, ctx), x) || x < min || x > max) {
        fail(ctx, std::string("'") + key + "' must be an integer from " + std::to_string(min) +
                      " to " + std::to_string(max));
    }
    return x;
}

double get_number(const json& v, const char* key, const std::string& ctx) {
    if (!v.is_number() || !std::isfinite(v.get<double>())) {
        fail(ctx, std::string("'") + key + "' must be a number");
    }
    return v.get<double>();
}

LocalizedText get_text(const json& obj, const char* key, const std::string& ctx) {
    const json& v = required(obj, key, ctx);
    const std::string where = std::string("'") + key + "'";
    if (!v.is_object()) fail(ctx, where + " must be an object like {\"zh-CN\": \"...\"}");
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (!is_supported_lang(it.key())) {
            fail(ctx, "unknown language '" + it.key() + "' in " + where);
        }
        if (!it->is_string()) fail(ctx, where + " values must be strings");
    }
    LocalizedText t;
    if (auto zh = v.find(kLangZh); zh != v.end()) t.zh_cn = zh->get<std::string>();
    if (auto en = v.find(kLangEn); en != v.end()) t.en = en->get<std::string>();
    if (t.zh_cn.empty()) fail(ctx, where + " needs non-empty \"zh-CN\" text");
    return t;
}

LocalizedText get_optional_text(const json& obj, const char* key, const std::string& ctx) {
    if (optional(obj, key) == nullptr) return {};
    return get_text(obj, key, ctx);
}

bool is_identifier(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::string get_identifier(const json& obj, const char* key, const std::string& ctx) {
    std::string s = get_string(obj, key, ctx);
    // The value is not echoed: in a decrypted tip it could be anything the sender typed.
    if (!is_identifier(s))
        fail(ctx, std::string("'") + key + "' must be 1-64 of A-Z a-z 0-9 . _ -");
    return s;
}

void wipe_json(json& v) {
    if (v.is_string()) {
        crypto::wipe(v.get_ref<std::string&>());
    } else if (v.is_structured()) {
        for (auto& child : v) wipe_json(child);
    }
}

}  // namespace sk::survey::detail
