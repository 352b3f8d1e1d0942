// Survey bundles (docs/FORMAT.md §8): a survey definition (docs/SURVEY_FORMAT.md) signed
// by the bureau, byte for byte as the bureau wrote it. This layer checks only what it
// needs to decide whether to install: signature, id, version and expiry. The kiosk parses
// the full definition with the survey library afterwards.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::sync {

inline constexpr char kSurveyFormat[] = "sk-survey-1";

struct SurveyBundleInfo {
    std::string id;
    uint64_t version = 0;
    std::string expires;  // "YYYY-MM-DD", last day the survey may be answered
    Bytes payload;        // the survey JSON exactly as signed
};

// Reads format/id/version/expires from survey JSON. Errc::bad_format with the field.
Result<SurveyBundleInfo> read_survey_header(ByteView survey_json);

// Checks the minimal fields, then signs the bytes unchanged with context "survey-bundle".
Result<Bytes> sign_survey_bundle(ByteView survey_json, const crypto::SignKeyPair& bureau);

// Verifies with the bureau's signing key and refuses a survey whose expiry day is before
// `today` ("YYYY-MM-DD", the kiosk's local date): Errc::conflict "survey bundle 'x'
// expired on 2026-01-31". Errc::bad_format for an unsigned file (with a message saying it
// is raw JSON) or wrong context, Errc::wrong_key / Errc::bad_signature for a bad signer,
// Errc::invalid_argument if `today` is not a date.
Result<SurveyBundleInfo> verify_survey_bundle(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                              std::string_view today_yyyy_mm_dd);

// Refuses a downgrade, so a replayed old bundle cannot bring back a withdrawn question.
// Errc::conflict if older than the installed version, Errc::already_exists if equal.
Result<void> check_bundle_is_newer(uint64_t installed_version, const SurveyBundleInfo& incoming);

}  // namespace sk::sync
