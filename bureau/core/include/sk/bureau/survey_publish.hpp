// Signing a survey for kiosks and publishing the bundle, as `bureau sign-survey` and the
// desk's Admin screen do it: one function, so both check, sign, audit and publish alike.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

struct PublishedSurvey {
    std::string id;
    int64_t version = 0;
    size_t questions = 0;
    Bytes bundle;                       // the signed bundle
    std::filesystem::path outbox_file;  // outbox/bundles/<id>-v<version>.sksurvey
};

// manage_keys. Checks, registers and signs `json` (sign_survey), audited "survey.sign" in
// the same transaction, then writes the bundle into the outbox for `bureau serve` and the
// desk's write-back. A bundle that cannot be written is an error (it was signed and
// registered: signing again gives the same bytes).
Result<PublishedSurvey> sign_and_publish_survey(Session& s, const std::filesystem::path& home,
                                                ByteView json, std::string_view now,
                                                std::string_view today);

}  // namespace sk::bureau
