// The one rule for a kiosk's name (docs/FORMAT.md §10.2), checked wherever a name enters:
// `bureau kiosk add/rename`, `bureau provision`, kiosk settings written and read. A name is
// shown in terminals, reports, JSON and on the kiosk, so it must be plain text.
#pragma once

#include <cstddef>
#include <string_view>

#include "sk/result.hpp"

namespace sk::sync {

constexpr std::size_t kMaxKioskNameChars = 64;  // code points

// Errc::invalid_argument "kiosk name ..." unless `name` is 1..64 characters of UTF-8 without
// control or bidirectional formatting characters and not only white space.
Result<void> check_kiosk_name(std::string_view name);

}  // namespace sk::sync
