// Small row types for kiosk configuration: extra recipients, the status board, PIN back-off.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"

namespace sk::storage {

// A second office that can open sealed records (e.g. a discipline-inspection office).
struct ExtraRecipient {
    crypto::SealPublicKey seal_pk{};
    std::string label;  // operator-chosen name, shown in admin screens
    int64_t added_at = 0;
};

struct StatusBoard {
    uint64_t version = 0;
    Bytes signed_bytes;  // verbatim, as signed by the bureau
    int64_t installed_at = 0;
};

// The failure count survives restarts so PIN back-off cannot be reset by pulling the plug.
// No time is stored (no time finer than a day on the kiosk disk): the kiosk times the lock in
// memory and starts it afresh at start-up when the count is at or over the threshold.
struct PinAttempts {
    uint64_t failed = 0;
};

}  // namespace sk::storage
