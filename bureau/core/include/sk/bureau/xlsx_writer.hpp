// XLSX output for every bureau report and export (libxlsxwriter): a workbook of named
// sheets, each one table with a bold, frozen header row and an autofilter. Cells are typed,
// so Excel and WPS sort numbers as numbers and dates as dates (a real Excel date serial
// with a yyyy-mm-dd format), and text is never read as a formula.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "sk/result.hpp"
#include "sk/survey/date.hpp"

namespace sk::bureau {

class XlsxCell {
  public:
    enum class Kind { empty, text, integer, real, date };

    XlsxCell() = default;
    static XlsxCell text(std::string s);
    static XlsxCell integer(int64_t v);
    static XlsxCell real(double v);
    static XlsxCell date(const survey::Date& d);

    Kind kind() const { return kind_; }
    const std::string& text_value() const { return text_; }
    double number() const { return number_; }
    const survey::Date& date_value() const { return date_; }

  private:
    Kind kind_ = Kind::empty;
    std::string text_;
    double number_ = 0;  // integer and real (Excel stores every number as a double)
    survey::Date date_;
};

struct XlsxSheet {
    // At most 31 characters, none of []:*?/\ , unique within the workbook (Excel's rules;
    // checked, not silently altered). xlsx_sheet_name() makes one from any text.
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;  // a row may be shorter than the header
};

struct XlsxWorkbook {
    std::vector<XlsxSheet> sheets;
};

// Excel's limits, checked before anything is written.
constexpr int64_t kXlsxMaxRows = 1048576;  // header included
constexpr int64_t kXlsxMaxCols = 16384;
constexpr size_t kXlsxMaxTextBytes = 32767;

// `name` with Excel's forbidden characters replaced by '_' and cut to 31 code points.
std::string xlsx_sheet_name(const std::string& name);

// Written to a temp file beside `p`, fsynced and renamed (file_io.hpp). Errc::invalid_argument
// for a workbook Excel would refuse (no sheets, bad or duplicate sheet name, too many rows or
// columns, text too long, a number that is not finite); Errc::io_error/disk_full for the
// file. On error `p` is untouched.
Result<void> write_xlsx(const std::filesystem::path& p, const XlsxWorkbook& wb,
                        bool exclusive = false);

}  // namespace sk::bureau
