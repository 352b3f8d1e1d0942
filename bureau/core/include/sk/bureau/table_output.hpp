// One table, four outputs: what the casework commands print with --format
// table|json|csv|xlsx. Cells are XlsxCells so numbers stay numbers and dates stay dates in
// every format; the text table pads by display width (a CJK character takes two columns).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/xlsx_writer.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

struct OutTable {
    std::string title;  // the XLSX sheet name (xlsx_sheet_name applied)
    std::vector<std::string> header;
    std::vector<std::string> keys;  // JSON member names, one per column
    std::vector<std::vector<XlsxCell>> rows;
};

// Columns separated by two spaces, header underlined.
std::string table_text(const OutTable& t);
// RFC 4180, text cells protected against formula injection.
std::string table_csv(const OutTable& t, bool bom = false);
// An array of objects keyed by t.keys; dates as "YYYY-MM-DD".
std::string table_json(const OutTable& t);
// One sheet per table.
Result<void> write_tables_xlsx(const std::filesystem::path& p, const std::vector<OutTable>& ts);

// Columns a code point takes in a terminal: 2 for CJK wide/fullwidth, 1 otherwise.
size_t display_width(std::string_view utf8);
std::string cell_text(const XlsxCell& c);

}  // namespace sk::bureau
