// The JSON payloads of FORMAT.md §7-11 are read through this one parser: a payload must be a
// JSON object, and no object in it may name a member twice (RFC 8259 leaves that to the
// reader; "last one wins" would let two readers see two different files).
#pragma once

#include <nlohmann/json.hpp>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::sync::detail {

// Errc::bad_format "payload is not a JSON object" or "payload names member 'x' twice".
Result<nlohmann::json> parse_json_object(ByteView payload);

}  // namespace sk::sync::detail
