#pragma once

#include "sk/result.hpp"

namespace sk::crypto {

// Must be called once before any other sk::crypto function (idempotent, thread-safe).
Result<void> init();

}  // namespace sk::crypto
