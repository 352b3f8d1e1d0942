// Quoting text from files in error messages (sk/untrusted_text.hpp), and the signed-file
// context name it was written for: the fuzzer's first find (tests/fuzz/regressions/).
#include <catch2/catch.hpp>

#include "sk/crypto/sign.hpp"
#include "sk/untrusted_text.hpp"
#include "test_util.hpp"

using namespace sk;

namespace {
bool one_line(const std::string& s) {
    return s.find_first_of("\r\n") == std::string::npos;
}
}  // namespace

TEST_CASE("untrusted text: printable UTF-8 is kept", "[crypto][untrusted_text]") {
    CHECK(printable_excerpt("survey-bundle") == "survey-bundle");
    CHECK(printable_excerpt("城关第一小学") == "城关第一小学");
    CHECK(printable_excerpt("") == "");
}

TEST_CASE("untrusted text: control characters and bad UTF-8 become \\xNN",
          "[crypto][untrusted_text]") {
    CHECK(printable_excerpt("batch\nimported 500 records") == "batch\\x0aimported 500 records");
    CHECK(printable_excerpt("a\rb\x1b[2Jc") == "a\\x0db\\x1b[2Jc");
    CHECK(printable_excerpt(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(printable_excerpt("\x7f") == "\\x7f");
    CHECK(printable_excerpt("\xc2\x85") == "\\xc2\\x85");           // U+0085 NEXT LINE
    CHECK(printable_excerpt("\xff\xfe") == "\\xff\\xfe");           // never valid
    CHECK(printable_excerpt("\xc0\xaf") == "\\xc0\\xaf");           // overlong '/'
    CHECK(printable_excerpt("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // surrogate
    CHECK(printable_excerpt("\xe5\x9f") == "\\xe5\\x9f");           // truncated sequence
}

TEST_CASE("untrusted text: long text is cut at a character boundary", "[crypto][untrusted_text]") {
    CHECK(printable_excerpt(std::string(100, 'x')) ==
          std::string(kQuotedTextMaxBytes, 'x') + "...");
    CHECK(printable_excerpt("abcdef", 4) == "abcd...");
    // "学" is 3 bytes: 1 + 3 fits in 4, 1 + 3 + 3 does not.
    CHECK(printable_excerpt("a学学", 5) == "a学...");
    CHECK(printable_excerpt("abcd", 4) == "abcd");
}

TEST_CASE("crypto: an unknown context name from a file gives a one-line message",
          "[crypto][sign][untrusted_text]") {
    auto r = crypto::context_from_name("batch\nimported 500 records OK");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(one_line(r.error().message));
    CHECK(r.error().message == "unknown signature context 'batch\\x0aimported 500 records OK'");

    // The same through the container parser, with a context name of raw bytes.
    Bytes file = {'S', 'K', 'S', 'F', 1, 6, 'a', '\n', 'b', 0xff, '\r', 'c'};
    file.resize(file.size() + 8 + 4 + 64, 0);
    auto parsed = crypto::parse_signed_file(file);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == Errc::bad_format);
    CHECK(one_line(parsed.error().message));
    CHECK(parsed.error().message.find("a\\x0ab\\xff\\x0dc") != std::string::npos);
}
