// Rows for a clerk in --format table|json|csv|xlsx with --lang zh|en headers (user list,
// audit list). Table: one line per row, columns separated by two spaces; CSV: RFC 4180 with
// the text fields guarded against formulas; JSON: an array of objects keyed by `keys`; XLSX:
// one sheet through the registers' writer (out_table_xlsx).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sk::bureau::cli {

struct TableOut {
    std::vector<std::string> keys;  // JSON keys
    std::vector<std::string> zh;    // column headers, Chinese
    std::vector<std::string> en;    // column headers, English
    std::vector<std::vector<std::string>> rows;
    std::string sheet;          // XLSX sheet name
    std::vector<bool> numeric;  // per column, XLSX numbers (may be empty: all text)
};

std::string render_table(const TableOut& t, std::string_view format, std::string_view lang);
// Writes the table to `out` (standard output for "" or "-"); xlsx needs a file.
void emit_table_out(const TableOut& t, std::string_view format, std::string_view lang,
                    const std::string& out);

}  // namespace sk::bureau::cli
