// One table, four outputs: what `--format table|json|csv|xlsx` prints for the registers'
// lists. Cells are text; a column marked numeric right-aligns in the terminal and becomes
// a number in JSON and XLSX.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::bureau {

struct OutTable {
    std::string title;                // sheet name for XLSX
    std::vector<std::string> keys;    // JSON member names (stable, English)
    std::vector<std::string> header;  // column labels in the report's language
    std::vector<bool> numeric;        // per column
    std::vector<std::vector<std::string>> rows;
};

// Columns padded to the widest cell, CJK characters counted as two columns wide.
std::string out_table_text(const OutTable& t);
std::string out_table_csv(const OutTable& t, bool bom);
std::string out_table_json(const OutTable& t);  // array of objects keyed by `keys`
Result<void> out_table_xlsx(const OutTable& t, const std::filesystem::path& p);
// Terminal width of UTF-8 text (East Asian wide characters count 2).
size_t display_width(std::string_view s);

}  // namespace sk::bureau
