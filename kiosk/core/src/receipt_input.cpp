#include "receipt_input.hpp"

#include <cctype>

#include "sk/crypto/receipt.hpp"

namespace sk::kiosk {

ReceiptInput read_receipt_input(std::string_view typed) {
    ReceiptInput out;
    auto r = crypto::normalize_receipt(typed);
    if (r) {
        out.canonical = std::move(*r);
        return out;
    }
    // normalize_receipt's reason is an English sentence for logs and the CLI; find the
    // cause again here to say it in the person's language.
    size_t symbols = 0;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') continue;
        char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (crypto::kReceiptAlphabet.find(u) == std::string_view::npos) {
            if (u == '0' || u == 'O')
                out.error = {"receipt.error.symbol_0o", {}};
            else if (u == '1' || u == 'I')
                out.error = {"receipt.error.symbol_1i", {}};
            else
                out.error = {"receipt.error.symbol", {}};
            return out;
        }
        ++symbols;
    }
    if (symbols == 0) {
        out.error = {"receipt.error.empty", {}};
    } else if (symbols != crypto::kReceiptSymbols) {
        out.error = {"receipt.error.length",
                     {{"count", std::to_string(symbols)},
                      {"expected", std::to_string(crypto::kReceiptSymbols)}}};
    } else {
        out.error = {"receipt.error.check", {}};
    }
    return out;
}

}  // namespace sk::kiosk
