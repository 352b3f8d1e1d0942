// Installed survey bundles: the bureau-signed bytes are kept verbatim so they can be
// re-verified at any time; storage does not parse them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sk/bytes.hpp"

namespace sk::storage {

struct SurveyBundleInfo {
    std::string survey_id;
    uint64_t version = 0;
    int64_t installed_at = 0;           // unix seconds
    std::optional<int64_t> expires_at;  // unix seconds; none = no expiry
};

struct SurveyBundle {
    SurveyBundleInfo info;
    Bytes signed_bytes;
};

}  // namespace sk::storage
