// Turns what someone typed as a receipt code into the canonical code, or into a localised
// reason (length, a symbol that is not used, a typo caught by the check symbol).
#pragma once

#include <string>
#include <string_view>

#include "sk/crypto/secure_buffer.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

struct ReceiptInput {
    std::string canonical;  // set when valid (wipe after use)
    Message error;          // set when invalid
};

ReceiptInput read_receipt_input(std::string_view typed);

}  // namespace sk::kiosk
