// Receipt codes (docs/FORMAT.md §5): 17 random symbols + a Luhn mod 32 check symbol.
// Luhn mod N catches every single-symbol substitution and most adjacent transpositions,
// which are the mistakes people make when copying a code from paper.
#include "sk/crypto/receipt.hpp"

#include <sodium.h>

#include "internal.hpp"

namespace sk::crypto {

namespace {

constexpr uint32_t kN = 32;
static_assert(kReceiptAlphabet.size() == kN);

int symbol_index(char c) {
    const size_t i = kReceiptAlphabet.find(c);
    return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

// Luhn mod N: from the rightmost data symbol leftwards, double every other value starting
// with the rightmost; a doubled value v becomes v / N + v % N.
int luhn_check_index(std::string_view data) {
    uint32_t factor = 2;
    uint32_t sum = 0;
    for (size_t i = data.size(); i-- > 0;) {
        const int idx = symbol_index(data[i]);
        if (idx < 0) return -1;
        uint32_t addend = factor * static_cast<uint32_t>(idx);
        factor = factor == 2 ? 1 : 2;
        sum += addend / kN + addend % kN;
    }
    return static_cast<int>((kN - sum % kN) % kN);
}

std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) return std::string("'") + c + "'";
    static const char digits[] = "0123456789ABCDEF";
    return std::string("character 0x") + digits[u >> 4] + digits[u & 15];
}

}  // namespace

char receipt_check_symbol(std::string_view data17) {
    const int idx = luhn_check_index(data17);
    return idx < 0 ? '\0' : kReceiptAlphabet[static_cast<size_t>(idx)];
}

std::string new_receipt_code() {
    detail::ensure_init();
    std::string code;
    code.reserve(kReceiptSymbols);
    for (size_t i = 0; i < kReceiptDataSymbols; ++i)
        code.push_back(kReceiptAlphabet[randombytes_uniform(kN)]);
    code.push_back(receipt_check_symbol(code));
    return code;
}

std::string format_receipt(std::string_view canonical) {
    std::string out;
    for (size_t i = 0; i < canonical.size(); ++i) {
        if (i != 0 && i % kReceiptGroup == 0) out.push_back('-');
        out.push_back(canonical[i]);
    }
    return out;
}

Result<std::string> normalize_receipt(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (symbol_index(c) < 0)
            return Error{Errc::bad_format, describe(c) + " is not used in receipt codes"};
        code.push_back(c);
    }
    if (code.size() != kReceiptSymbols)
        return Error{Errc::bad_format,
                     "a receipt code has 18 symbols, this one has " + std::to_string(code.size())};
    if (receipt_check_symbol(std::string_view(code).substr(0, kReceiptDataSymbols)) != code.back())
        return Error{Errc::bad_format, "check symbol does not match: a symbol was mistyped"};
    return code;
}

Hash receipt_lookup_hash(std::string_view canonical, const SignPublicKey& bureau_sign_pk) {
    detail::ensure_init();
    static constexpr char kPrefix[] = "sk-receipt-v1";
    crypto_generichash_state st;
    crypto_generichash_init(&st, bureau_sign_pk.data(), bureau_sign_pk.size(), kHashBytes);
    crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(kPrefix), sizeof(kPrefix) - 1);
    crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(canonical.data()),
                              canonical.size());
    Hash out{};
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

}  // namespace sk::crypto
