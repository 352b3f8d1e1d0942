// Rows for a clerk in --format table|json|csv with --lang zh|en headers (user list, audit
// list). Table: one line per row, columns separated by two spaces; CSV: RFC 4180 with the
// text fields guarded against formulas; JSON: an array of objects keyed by `keys`.
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
};

std::string render_table(const TableOut& t, std::string_view format, std::string_view lang);

}  // namespace sk::bureau::cli
