// libFuzzer target: receipt codes as a tipster types them (docs/FORMAT.md §5), read by the
// kiosk's status lookup. Invariants on a code that normalises: canonical form is 18 symbols
// of the alphabet with a matching check symbol, normalising is idempotent, the grouped
// display form normalises back, and the lookup hash is a function of the canonical code.
#include <string_view>

#include "fuzz_support.hpp"
#include "sk/crypto/receipt.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sk;
    const std::string_view typed(reinterpret_cast<const char*>(data), size);
    const auto code = crypto::normalize_receipt(typed);
    fuzz::require_clean_error(code);
    if (!code) return 0;
    fuzz::require(code->size() == crypto::kReceiptSymbols);
    fuzz::require(code->find_first_not_of(crypto::kReceiptAlphabet) == std::string::npos);
    const std::string_view body = std::string_view(*code).substr(0, crypto::kReceiptDataSymbols);
    fuzz::require(crypto::receipt_check_symbol(body) == code->back());

    const auto again = crypto::normalize_receipt(*code);
    fuzz::require(again.ok() && *again == *code);
    const std::string shown = crypto::format_receipt(*code);
    fuzz::require(shown.size() == crypto::kReceiptSymbols + crypto::kReceiptSymbols / 3 - 1);
    const auto from_shown = crypto::normalize_receipt(shown);
    fuzz::require(from_shown.ok() && *from_shown == *code);

    const auto& pk = fuzz::bureau_signer().pk;
    fuzz::require(crypto::receipt_lookup_hash(*code, pk) ==
                  crypto::receipt_lookup_hash(*from_shown, pk));
    return 0;
}
