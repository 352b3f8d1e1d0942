// Reads one worksheet of an .xlsx workbook (Office Open XML, ECMA-376) with libzip and
// pugixml: the workbook's sheet list, its relationships, the shared strings and the sheet's
// cells. Values only: no styles, so a date comes back as its serial number (days since
// 1899-12-30, Excel's 1900 system) and callers that expect a date convert it with
// xlsx_serial_to_date. Formulas give their cached value.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

struct XlsxValue {
    enum class Kind { empty, text, number, boolean, error };
    Kind kind = Kind::empty;
    std::string text;  // text/error: the string; number/boolean: the cell's value as written
    double number = 0;
};

struct XlsxReadRow {
    int64_t row_number = 0;        // 1-based, as the spreadsheet shows it
    std::vector<XlsxValue> cells;  // column A first; missing cells are Kind::empty
};

struct XlsxReadSheet {
    std::string name;
    std::vector<XlsxReadRow> rows;  // rows that have at least one cell, in order
};

// A workbook's sheet names in workbook order.
Result<std::vector<std::string>> xlsx_sheet_names(ByteView workbook);
// sheet empty: the first sheet. Errc::not_found for an unknown sheet name, Errc::bad_format
// for anything that is not a readable workbook (one line saying what is wrong).
Result<XlsxReadSheet> read_xlsx_sheet(ByteView workbook, std::string_view sheet = {});
Result<XlsxReadSheet> read_xlsx_file(const std::filesystem::path& path,
                                     std::string_view sheet = {});

// "C" -> 2, "AA" -> 26; -1 for anything else. Accepts a full reference ("AA12").
int xlsx_column_index(std::string_view ref);
// Excel serial (1900 system, fraction = time of day, ignored) -> YYYYMMDD; 0 if out of range.
uint32_t xlsx_serial_to_day(double serial);
// YYYYMMDD -> serial (for writers and tests).
double xlsx_day_to_serial(uint32_t day);

}  // namespace sk::bureau
