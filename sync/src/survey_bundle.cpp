#include "json_payload.hpp"
#include "sk/sync/survey_bundle.hpp"

#include "sk/untrusted_text.hpp"

#include <nlohmann/json.hpp>

#include "sk/crypto/sign.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/signed_payload.hpp"

namespace sk::sync {

namespace {

using json = nlohmann::json;

constexpr size_t kMaxSurveyIdBytes = 128;

Error bad(const std::string& msg) {
    return Error{Errc::bad_format, "survey bundle: " + msg};
}

// Ids appear in one-line messages and operator listings: no control characters.
bool is_printable_id(const std::string& s) {
    if (s.empty() || s.size() > kMaxSurveyIdBytes) return false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7f) return false;
    return true;
}

}  // namespace

Result<SurveyBundleInfo> read_survey_header(ByteView survey_json) {
    // nlohmann rejects invalid UTF-8 inside strings, so a parsed survey is valid UTF-8.
    auto parsed = detail::parse_json_object(survey_json);
    if (!parsed) return bad(parsed.error().message);
    const json& j = *parsed;
    auto fmt = j.find("format");
    if (fmt == j.end() || !fmt->is_string())
        return bad(std::string("\"format\" must be \"") + kSurveyFormat + "\"");
    // Another version's name: as for every other JSON file of FORMAT.md §7-11.
    if (fmt->get_ref<const std::string&>() != kSurveyFormat)
        return Error{Errc::unsupported_version,
                     "survey bundle format '" +
                         printable_excerpt(fmt->get_ref<const std::string&>()) +
                         "' is not supported"};
    SurveyBundleInfo info;
    auto id = j.find("id");
    if (id == j.end() || !id->is_string() || !is_printable_id(id->get<std::string>()))
        return bad("\"id\" must be a non-empty string of at most 128 printable bytes");
    info.id = id->get<std::string>();
    auto ver = j.find("version");
    if (ver == j.end() || !ver->is_number_unsigned() || ver->get<uint64_t>() == 0)
        return bad("survey '" + info.id + "': \"version\" must be an integer >= 1");
    info.version = ver->get<uint64_t>();
    auto exp = j.find("expires");
    if (exp == j.end() || !exp->is_string() || !is_iso_date(exp->get_ref<const std::string&>()))
        return bad("survey '" + info.id + "': \"expires\" must be a date YYYY-MM-DD");
    info.expires = exp->get<std::string>();
    info.payload = survey_json.to_bytes();
    return info;
}

Result<Bytes> sign_survey_bundle(ByteView survey_json, const crypto::SignKeyPair& bureau) {
    auto info = read_survey_header(survey_json);
    if (!info) return Error{Errc::invalid_argument, info.error().message};
    return crypto::make_signed_file(crypto::SignContext::survey_bundle, survey_json, bureau);
}

Result<SurveyBundleInfo> verify_survey_bundle(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                              std::string_view today) {
    if (!is_iso_date(today))
        return Error{Errc::invalid_argument,
                     "today '" + std::string(today) + "' is not a date YYYY-MM-DD"};
    auto sf = open_expected(file, crypto::SignContext::survey_bundle, bureau_pk, "survey bundle");
    if (!sf) return sf.error();
    auto info = read_survey_header(sf->payload);
    if (!info) return info.error();
    // Both are validated YYYY-MM-DD, so string order is date order. The expiry day itself
    // is still valid: a survey "expires 2026-01-31" can be answered on the 31st.
    if (std::string_view(info->expires) < today)
        return Error{Errc::conflict,
                     "survey bundle '" + info->id + "' expired on " + info->expires};
    return info;
}

Result<void> check_bundle_is_newer(uint64_t installed, const SurveyBundleInfo& incoming) {
    const std::string what =
        "survey bundle '" + incoming.id + "' version " + std::to_string(incoming.version);
    if (incoming.version < installed)
        return Error{Errc::conflict,
                     what + " is older than installed version " + std::to_string(installed)};
    if (incoming.version == installed)
        return Error{Errc::already_exists, what + " is already installed"};
    return ok();
}

}  // namespace sk::sync
