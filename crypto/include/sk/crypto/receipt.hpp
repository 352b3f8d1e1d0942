// Receipt codes for tipsters (docs/FORMAT.md §5): 17 random symbols from a 32-symbol
// alphabet without look-alikes (85 bits), plus one Luhn mod 32 check symbol, shown as
// six groups of three: "7KQ-M4T-XH2-9PB-RCW-E5N".
#pragma once

#include <string>
#include <string_view>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::crypto {

constexpr std::string_view kReceiptAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr size_t kReceiptDataSymbols = 17;
constexpr size_t kReceiptSymbols = 18;  // with check symbol
constexpr size_t kReceiptGroup = 3;

// Canonical form: 18 symbols, no separators, upper case.
std::string new_receipt_code();
// Grouped for display: "ABC-DEF-...".
std::string format_receipt(std::string_view canonical);
// Accepts any case, spaces and dashes. 0, 1, I and O are not in the alphabet and are
// refused with a reason naming the symbol. Errc::bad_format with a reason (length, symbol,
// check symbol mismatch).
Result<std::string> normalize_receipt(std::string_view typed);
char receipt_check_symbol(std::string_view data17);

// Lookup hash published on the status board instead of the code:
// BLAKE2b-256 keyed with the bureau's signing public key over "sk-receipt-v1" || code.
Hash receipt_lookup_hash(std::string_view canonical, const SignPublicKey& bureau_sign_pk);

}  // namespace sk::crypto
