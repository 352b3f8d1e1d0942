// Receipt codes (docs/FORMAT.md §5).
#include <catch2/catch.hpp>

#include "sk/crypto/receipt.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;

TEST_CASE("crypto: new codes are canonical and valid", "[crypto][receipt]") {
    test::setup();
    for (int i = 0; i < 200; ++i) {
        std::string c = new_receipt_code();
        REQUIRE(c.size() == kReceiptSymbols);
        for (char s : c) CHECK(kReceiptAlphabet.find(s) != std::string_view::npos);
        CHECK(receipt_check_symbol(std::string_view(c).substr(0, 17)) == c.back());
        std::string shown = format_receipt(c);
        CHECK(shown.size() == 18 + 5);
        CHECK(shown[3] == '-');
        CHECK(shown[19] == '-');
        CHECK(normalize_receipt(shown).value() == c);
        CHECK(normalize_receipt(c).value() == c);
    }
    CHECK(new_receipt_code() != new_receipt_code());
}

TEST_CASE("crypto: normalize accepts any case and spaces and dashes", "[crypto][receipt]") {
    test::setup();
    std::string c = new_receipt_code();
    std::string typed;
    for (size_t i = 0; i < c.size(); ++i) {
        char ch = c[i];
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        typed.push_back(ch);
        if (i % 2 == 0) typed += i % 4 == 0 ? " " : "--";
    }
    CHECK(normalize_receipt(" " + typed + " ").value() == c);
}

TEST_CASE("crypto: every single-symbol substitution is caught", "[crypto][receipt]") {
    test::setup();
    for (int round = 0; round < 20; ++round) {
        std::string c = new_receipt_code();
        for (size_t pos = 0; pos < c.size(); ++pos) {
            for (char s : kReceiptAlphabet) {
                if (s == c[pos]) continue;
                std::string x = c;
                x[pos] = s;
                auto r = normalize_receipt(x);
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == Errc::bad_format);
                CHECK(r.error().message == "check symbol does not match: a symbol was mistyped");
            }
        }
    }
}

TEST_CASE("crypto: refusal messages", "[crypto][receipt]") {
    test::setup();
    std::string c = new_receipt_code();
    for (char bad : {'O', '0', '1', 'I'}) {
        std::string x = c;
        x[5] = bad;
        auto r = normalize_receipt(x);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::bad_format);
        CHECK(r.error().message == std::string("'") + bad + "' is not used in receipt codes");
    }
    // Lower-case o is upper-cased first, so it is named as 'O'.
    std::string x = c;
    x[0] = 'o';
    CHECK(normalize_receipt(x).error().message == "'O' is not used in receipt codes");
    x = c;
    x[0] = '\n';
    CHECK(normalize_receipt(x).error().message == "character 0x0A is not used in receipt codes");

    auto shortr = normalize_receipt(c.substr(0, 17));
    REQUIRE_FALSE(shortr.ok());
    CHECK(shortr.error().message == "a receipt code has 18 symbols, this one has 17");
    CHECK(code_of(normalize_receipt(c + "2")) == Errc::bad_format);
    CHECK(code_of(normalize_receipt("")) == Errc::bad_format);
    CHECK(code_of(normalize_receipt("---")) == Errc::bad_format);
}

TEST_CASE("crypto: Luhn mod 32 check symbol", "[crypto][receipt]") {
    // All-'2' data (value 0) has check value 0.
    CHECK(receipt_check_symbol("22222222222222222") == '2');
    // Rightmost data symbol is doubled: '3' (1) -> 2 -> check value 30 -> 'Y'.
    CHECK(receipt_check_symbol("22222222222222223") == 'Y');
    // Second from the right is not doubled: 1 -> check value 31 -> 'Z'.
    CHECK(receipt_check_symbol("22222222222222232") == 'Z');
    // Doubling wraps: 'Z' (31) -> 62 -> 1 + 30 = 31 -> check value 1 -> '3'.
    CHECK(receipt_check_symbol("2222222222222222Z") == '3');
    CHECK(receipt_check_symbol("2222222222222222O") == '\0');
}

TEST_CASE("crypto: receipt lookup hash", "[crypto][receipt]") {
    test::setup();
    auto a = generate_sign_keypair();
    auto b = generate_sign_keypair();
    std::string c = new_receipt_code();
    Hash h = receipt_lookup_hash(c, a.pk);
    Bytes msg(std::string_view("sk-receipt-v1").begin(), std::string_view("sk-receipt-v1").end());
    append(msg, std::string_view(c));
    CHECK(h == keyed_hash(a.pk, msg));
    CHECK(receipt_lookup_hash(c, b.pk) != h);
    CHECK(receipt_lookup_hash(new_receipt_code(), a.pk) != h);
}
