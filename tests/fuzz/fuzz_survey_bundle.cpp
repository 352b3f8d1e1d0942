// libFuzzer target: survey bundles (docs/FORMAT.md §8), as a kiosk installs them: verify the
// bundle, then parse the whole survey definition it carries (docs/SURVEY_FORMAT.md).
// Invariants: the payload is returned byte for byte, signing it again gives the same file,
// an equal installed version is refused, and a survey that parses fully agrees with the
// bundle header on id, version and expiry (the kiosk installs by the header's values).
#include <cstdio>

#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/survey/survey.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace {

using namespace sk;

// The earliest accepted date, so expiry refuses as little as possible.
constexpr char kToday[] = "2000-01-01";

void check_survey(const sync::SurveyBundleInfo& info) {
    const auto s = survey::parse_survey(info.payload);
    fuzz::require_clean_error(s);
    if (!s) return;
    fuzz::require(s->id == info.id);
    fuzz::require(s->version > 0 && static_cast<uint64_t>(s->version) == info.version);
    char expires[16];
    std::snprintf(expires, sizeof expires, "%04d-%02d-%02d", s->expires.year, s->expires.month,
                  s->expires.day);
    fuzz::require(info.expires == expires);
}

void check_file(ByteView file) {
    const auto info = sync::verify_survey_bundle(file, fuzz::bureau_signer().pk, kToday);
    fuzz::require_clean_error(info);
    if (!info) return;
    const auto resigned = sync::sign_survey_bundle(info->payload, fuzz::bureau_signer());
    fuzz::require(resigned.ok() && *resigned == file.to_bytes());
    const auto same = sync::check_bundle_is_newer(info->version, *info);
    fuzz::require(!same.ok() && same.error().code == Errc::already_exists);
    check_survey(*info);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        check_file(in);
    } else {
        check_file(crypto::make_signed_file(crypto::SignContext::survey_bundle, in,
                                            fuzz::bureau_signer()));
    }
    return 0;
}
