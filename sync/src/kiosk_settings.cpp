#include "json_payload.hpp"
#include "sk/sync/kiosk_settings.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/hex_codec.hpp"
#include "sk/sync/kiosk_name.hpp"
#include "sk/sync/signed_payload.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::sync {

namespace {

using json = nlohmann::json;

Error bad(const std::string& msg) {
    return Error{Errc::bad_format, "kiosk settings: " + msg};
}

bool is_language_tag(const std::string& t) {
    if (t.empty() || t.size() > 35 || t.front() == '-' || t.back() == '-') return false;
    return std::all_of(t.begin(), t.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-';
    });
}

bool has_control_char(std::string_view s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// Everything §10.2 checks that does not depend on JSON types: shared by reader and writer.
Result<void> check_values(const KioskSettings& s) {
    if (!check_kiosk_name(s.kiosk_name))
        return bad("kiosk_name must be 1..64 characters without control or bidi characters");
    if (!is_rfc3339_utc(s.issued)) return bad("issued must be YYYY-MM-DDTHH:MM:SSZ");
    if (!is_iso_date(s.expires)) return bad("expires must be a date YYYY-MM-DD");
    if (s.expires < s.issued.substr(0, 10)) return bad("expires is before issued");
    if (s.idle_timeout_s < kMinIdleTimeoutS || s.idle_timeout_s > kMaxIdleTimeoutS)
        return bad("idle_timeout_s must be 10..3600");
    if (s.tip_interval_s > kMaxTipIntervalS) return bad("tip_interval_s must be 0..86400");
    if (s.languages.empty() || s.languages.size() > kMaxLanguages)
        return bad("languages must list 1..8 language tags");
    std::set<std::string> seen;
    for (const auto& l : s.languages) {
        if (!is_language_tag(l)) return bad("languages has an invalid tag");
        if (!seen.insert(l).second) return bad("languages lists '" + l + "' twice");
    }
    if (s.admin_pin_hash.rfind("$argon2id$", 0) != 0 ||
        s.admin_pin_hash.size() > kMaxPinHashBytes || has_control_char(s.admin_pin_hash))
        return bad("admin_pin_hash must be an Argon2id hash string");
    if (!crypto::decode_bureau_public(s.bureau_keys))
        return bad("bureau_keys is not a bureau public key file");
    return ok();
}

Result<std::string> get_string(const json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end() || !it->is_string()) return bad(std::string(name) + " must be a string");
    return it->get<std::string>();
}

Result<uint32_t> get_u32(const json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end() || !it->is_number_unsigned() || it->get<uint64_t>() > 0xffffffffu)
        return bad(std::string(name) + " must be an unsigned integer");
    return uint32_t(it->get<uint64_t>());
}

}  // namespace

Result<KioskSettings> parse_kiosk_settings(ByteView payload) {
    auto parsed = detail::parse_json_object(payload);
    if (!parsed) return bad(parsed.error().message);
    const json& j = *parsed;
    auto fmt = j.find("format");
    if (fmt == j.end() || !fmt->is_string()) return bad("missing \"format\"");
    if (fmt->get_ref<const std::string&>() != kKioskSettingsFormat)
        return Error{Errc::unsupported_version,
                     "kiosk settings format '" +
                         printable_excerpt(fmt->get_ref<const std::string&>()) +
                         "' is not supported"};
    KioskSettings s;
    auto name = get_string(j, "kiosk_name");
    if (!name) return name.error();
    s.kiosk_name = *name;
    auto issued = get_string(j, "issued");
    if (!issued) return issued.error();
    s.issued = *issued;
    auto expires = get_string(j, "expires");
    if (!expires) return expires.error();
    s.expires = *expires;
    auto idle = get_u32(j, "idle_timeout_s");
    if (!idle) return idle.error();
    s.idle_timeout_s = *idle;
    auto tip = get_u32(j, "tip_interval_s");
    if (!tip) return tip.error();
    s.tip_interval_s = *tip;
    auto langs = j.find("languages");
    if (langs == j.end() || !langs->is_array()) return bad("languages must be an array");
    for (const auto& l : *langs) {
        if (!l.is_string()) return bad("languages must hold strings");
        s.languages.push_back(l.get<std::string>());
    }
    auto pin = get_string(j, "admin_pin_hash");
    if (!pin) return pin.error();
    s.admin_pin_hash = *pin;
    auto keys = get_string(j, "bureau_keys");
    if (!keys) return keys.error();
    s.bureau_keys.resize(crypto::kBureauPublicFileBytes);
    if (!decode_lower_hex(*keys, s.bureau_keys.data(), s.bureau_keys.size()))
        return bad("bureau_keys must be 176 lower-case hex digits");
    SK_TRY(check_values(s));
    return s;
}

Result<Bytes> build_kiosk_settings(const KioskSettings& s, const crypto::SignKeyPair& bureau) {
    if (auto r = check_values(s); !r) return Error{Errc::invalid_argument, r.error().message};
    nlohmann::ordered_json j;
    j["format"] = kKioskSettingsFormat;
    j["kiosk_name"] = s.kiosk_name;
    j["issued"] = s.issued;
    j["expires"] = s.expires;
    j["idle_timeout_s"] = s.idle_timeout_s;
    j["tip_interval_s"] = s.tip_interval_s;
    j["languages"] = s.languages;
    j["admin_pin_hash"] = s.admin_pin_hash;
    j["bureau_keys"] = lower_hex(s.bureau_keys);
    std::string text;
    try {
        text = j.dump();  // strict: throws on a name that is not UTF-8
    } catch (const json::exception&) {
        return Error{Errc::invalid_argument, "kiosk settings: kiosk_name is not valid UTF-8"};
    }
    return crypto::make_signed_file(crypto::SignContext::provisioning, text, bureau);
}

Result<KioskSettings> verify_kiosk_settings(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                            std::string_view today) {
    if (!is_iso_date(today))
        return Error{Errc::invalid_argument, "today must be a date YYYY-MM-DD"};
    auto sf = open_expected(file, crypto::SignContext::provisioning, bureau_pk, "kiosk settings");
    if (!sf) return sf.error();
    auto s = parse_kiosk_settings(sf->payload);
    if (!s) return s.error();
    auto keys = crypto::decode_bureau_public(s->bureau_keys);
    if (!keys || keys->sign_pk != bureau_pk)
        return bad("the bureau keys named inside are not the keys that signed it");
    if (s->expires < today)
        return Error{Errc::conflict,
                     "provisioning bundle for '" + s->kiosk_name + "' expired on " + s->expires};
    return s;
}

}  // namespace sk::sync
