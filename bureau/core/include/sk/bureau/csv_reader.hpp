// Reads RFC 4180 CSV as spreadsheets save it: an optional UTF-8 BOM, quoted fields with
// doubled quotes and embedded line breaks, CRLF or LF. The text must be UTF-8: Excel's
// "CSV" on Chinese Windows is GBK, and guessing would turn names into mojibake silently,
// so that file is refused with a line saying to save as "CSV UTF-8".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::bureau {

struct CsvRecord {
    int64_t line = 0;  // 1-based line on which the record starts
    std::vector<std::string> fields;
};

// Blank lines are skipped. Errc::bad_format with the line number for an unterminated quote,
// text after a closing quote, or bytes that are not UTF-8.
Result<std::vector<CsvRecord>> parse_csv(std::string_view text);

}  // namespace sk::bureau
