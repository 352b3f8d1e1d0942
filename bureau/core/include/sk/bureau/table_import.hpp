// One shape for the registers' input files, whatever the clerk saved: a header row and data
// rows of text cells, each row with the number a spreadsheet shows, so every error can say
// "row 12: ...". Headers are matched by name (Chinese or English, case, spaces and a
// trailing unit such as "(元)" ignored), never by position: unit files come in many layouts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::bureau {

struct XlsxReadSheet;

struct TableRow {
    int64_t row_number = 0;  // spreadsheet row (XLSX) or starting line (CSV); header is row 1
    std::vector<std::string> cells;
};

struct Table {
    std::vector<std::string> header;
    std::vector<TableRow> rows;
};

// The first row is the header. XLSX numbers become their plain text ("20240117"), dates
// their serial ("45292": see parse_table_date).
Table table_from_xlsx(const XlsxReadSheet& sheet);
Result<Table> table_from_csv(std::string_view text);
// By extension (.csv or .xlsx, any case); sheet: XLSX sheet name, empty for the first.
Result<Table> read_table_file(const std::filesystem::path& path, std::string_view sheet = {});

struct ColumnSpec {
    std::string key;                 // the field this column fills
    std::vector<std::string> names;  // accepted headers, e.g. {"工号", "staff_no", "staff no"}
    bool required = true;
};

struct ColumnMap {
    std::vector<int> index;  // per spec: the column, or -1 when an optional one is absent
    // The trimmed cell of spec `i` in `row` ("" when absent or past the row's end).
    std::string_view get(const TableRow& row, size_t i) const;
    bool has(size_t i) const { return index[i] >= 0; }
};

// Lower-case ASCII, no white space, '_' or '.', no trailing "(...)"/"（...）".
std::string normalize_header(std::string_view h);
// Errc::invalid_argument naming the first required column that is missing (with its
// accepted names) or a column that appears twice.
Result<ColumnMap> map_columns(const std::vector<std::string>& header,
                              const std::vector<ColumnSpec>& specs);

// A date cell: "YYYY-MM-DD", "YYYY/M/D", "YYYY.M.D", "YYYY年M月D日" or an XLSX date serial.
// Returns YYYYMMDD or nullopt.
std::optional<uint32_t> parse_table_date(std::string_view cell);
// "y"/"yes"/"是"/"1"/"true"/"在册" -> true, "n"/"no"/"否"/"0"/"false" -> false.
std::optional<bool> parse_table_bool(std::string_view cell);

// "row 12: <message>"
std::string row_error(int64_t row, std::string_view message);

}  // namespace sk::bureau
