// RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF (quotes doubled),
// records end in CRLF. UTF-8 throughout; a BOM only on request (Excel on Windows wants it,
// most other readers do not).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sk::bureau {

std::string csv_field(std::string_view s);
// Free text typed by respondents: a leading = + - @ (or tab/CR) is prefixed with ' so a
// spreadsheet shows it as text instead of running it as a formula (CSV injection).
std::string csv_text_field(std::string_view s);
void csv_row(std::string& out, const std::vector<std::string>& fields);
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace sk::bureau
