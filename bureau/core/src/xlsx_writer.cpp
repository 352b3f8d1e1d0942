#include "sk/bureau/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "sk/bureau/file_io.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

XlsxCell XlsxCell::text(std::string s) {
    XlsxCell c;
    c.kind_ = Kind::text;
    c.text_ = std::move(s);
    return c;
}
XlsxCell XlsxCell::integer(int64_t v) {
    XlsxCell c;
    c.kind_ = Kind::integer;
    c.number_ = static_cast<double>(v);
    return c;
}
XlsxCell XlsxCell::real(double v) {
    XlsxCell c;
    c.kind_ = Kind::real;
    c.number_ = v;
    return c;
}
XlsxCell XlsxCell::date(const survey::Date& d) {
    XlsxCell c;
    c.kind_ = Kind::date;
    c.date_ = d;
    return c;
}

namespace {

constexpr size_t kMaxSheetName = 31;
constexpr std::string_view kForbidden = "[]:*?/\\";

// Columns as wide as their widest cell in display columns (a CJK character takes two),
// within limits so one long answer does not make a column screen-wide.
size_t display_width(std::string_view s) {
    size_t w = 0, i = 0;
    while (i < s.size()) {
        const uint32_t cp = survey::next_code_point(s, i);
        w += cp >= 0x1100 ? 2 : 1;
    }
    return w;
}

size_t cell_width(const XlsxCell& c) {
    switch (c.kind()) {
        case XlsxCell::Kind::text:
            return display_width(c.text_value());
        case XlsxCell::Kind::integer:
            return std::to_string(static_cast<int64_t>(c.number())).size();
        case XlsxCell::Kind::real:
            return 10;
        case XlsxCell::Kind::date:
            return 10;
        case XlsxCell::Kind::empty:
            break;
    }
    return 0;
}

Result<void> check_sheet(const XlsxSheet& s, std::set<std::string>& names) {
    const std::string where = "sheet \"" + s.name + "\"";
    const auto len = survey::utf8_length(s.name);
    if (s.name.empty() || !len || *len > kMaxSheetName ||
        s.name.find_first_of(kForbidden) != std::string::npos || s.name.front() == '\'' ||
        s.name.back() == '\'') {
        return Error{Errc::invalid_argument,
                     where + ": a sheet name has 1 to 31 characters and none of []:*?/\\"};
    }
    std::string folded = s.name;
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!names.insert(folded).second) {
        return Error{Errc::invalid_argument, where + " appears twice"};
    }
    if (static_cast<int64_t>(s.rows.size()) + 1 > kXlsxMaxRows) {
        return Error{Errc::invalid_argument, where + " has " + std::to_string(s.rows.size()) +
                                                 " rows; an XLSX sheet holds at most " +
                                                 std::to_string(kXlsxMaxRows - 1) +
                                                 " below its header"};
    }
    size_t cols = s.header.size();
    for (const auto& r : s.rows) cols = std::max(cols, r.size());
    if (static_cast<int64_t>(cols) > kXlsxMaxCols) {
        return Error{Errc::invalid_argument, where + " has " + std::to_string(cols) +
                                                 " columns; XLSX allows " +
                                                 std::to_string(kXlsxMaxCols)};
    }
    auto cell_ok = [&](const XlsxCell& c, size_t row, size_t col) -> Result<void> {
        const std::string at =
            where + " row " + std::to_string(row + 1) + " column " + std::to_string(col + 1);
        if (c.kind() == XlsxCell::Kind::text && c.text_value().size() > kXlsxMaxTextBytes) {
            return Error{Errc::invalid_argument,
                         at + ": text longer than XLSX's 32767-byte cell limit"};
        }
        // Malformed UTF-8 would make the sheet's XML unreadable to every spreadsheet.
        if (c.kind() == XlsxCell::Kind::text && !survey::is_valid_utf8(c.text_value())) {
            return Error{Errc::invalid_argument, at + ": text is not valid UTF-8"};
        }
        if ((c.kind() == XlsxCell::Kind::real || c.kind() == XlsxCell::Kind::integer) &&
            !std::isfinite(c.number())) {
            return Error{Errc::invalid_argument, at + ": not a finite number"};
        }
        if (c.kind() == XlsxCell::Kind::date && !c.date_value().valid()) {
            return Error{Errc::invalid_argument, at + ": not a valid date"};
        }
        return ok();
    };
    for (size_t i = 0; i < s.header.size(); ++i) {
        SK_TRY(cell_ok(XlsxCell::text(s.header[i]), 0, i));
    }
    for (size_t r = 0; r < s.rows.size(); ++r) {
        for (size_t c = 0; c < s.rows[r].size(); ++c) SK_TRY(cell_ok(s.rows[r][c], r + 1, c));
    }
    return ok();
}

Result<void> lxw_check(lxw_error e, const std::string& what) {
    if (e == LXW_NO_ERROR) return ok();
    return Error{e == LXW_ERROR_CREATING_TMPFILE || e == LXW_ERROR_CREATING_XLSX_FILE ||
                         e == LXW_ERROR_ZIP_FILE_OPERATION || e == LXW_ERROR_ZIP_FILE_ADD ||
                         e == LXW_ERROR_ZIP_CLOSE
                     ? Errc::io_error
                     : Errc::internal,
                 what + ": " + lxw_strerror(e)};
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
};

Result<void> write_sheet(lxw_workbook* wb, const XlsxSheet& s, const Formats& f) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    if (ws == nullptr) return Error{Errc::internal, "cannot add sheet \"" + s.name + "\""};
    size_t cols = s.header.size();
    for (const auto& r : s.rows) cols = std::max(cols, r.size());

    // Widths from the header and the first rows: enough to size the columns without a second
    // pass over a million-row export.
    constexpr size_t kSampleRows = 2000;
    std::vector<size_t> width(cols, 0);
    for (size_t c = 0; c < s.header.size(); ++c) width[c] = display_width(s.header[c]);
    for (size_t r = 0; r < std::min(s.rows.size(), kSampleRows); ++r) {
        for (size_t c = 0; c < s.rows[r].size(); ++c) {
            width[c] = std::max(width[c], cell_width(s.rows[r][c]));
        }
    }
    for (size_t c = 0; c < cols; ++c) {
        const double w = static_cast<double>(std::clamp<size_t>(width[c] + 2, 6, 60));
        SK_TRY(lxw_check(worksheet_set_column(ws, static_cast<lxw_col_t>(c),
                                              static_cast<lxw_col_t>(c), w, nullptr),
                         "column width"));
    }
    // constant_memory mode wants rows in order: header, then the rows, then the panes.
    for (size_t c = 0; c < s.header.size(); ++c) {
        SK_TRY(lxw_check(
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.header[c].c_str(), f.header),
            "sheet \"" + s.name + "\" header"));
    }
    for (size_t r = 0; r < s.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (size_t c = 0; c < s.rows[r].size(); ++c) {
            const XlsxCell& cell = s.rows[r][c];
            const auto col = static_cast<lxw_col_t>(c);
            lxw_error e = LXW_NO_ERROR;
            switch (cell.kind()) {
                case XlsxCell::Kind::text:
                    e = worksheet_write_string(ws, row, col, cell.text_value().c_str(), nullptr);
                    break;
                case XlsxCell::Kind::integer:
                    e = worksheet_write_number(ws, row, col, cell.number(), nullptr);
                    break;
                case XlsxCell::Kind::real:
                    // General format: reports round their shares and means before they get here.
                    e = worksheet_write_number(ws, row, col, cell.number(), nullptr);
                    break;
                case XlsxCell::Kind::date: {
                    const survey::Date& d = cell.date_value();
                    lxw_datetime dt = {d.year, d.month, d.day, 0, 0, 0};
                    e = worksheet_write_datetime(ws, row, col, &dt, f.date);
                    break;
                }
                case XlsxCell::Kind::empty:
                    break;
            }
            SK_TRY(lxw_check(e, "sheet \"" + s.name + "\" row " + std::to_string(r + 2)));
        }
    }
    if (!s.header.empty()) {
        worksheet_freeze_panes(ws, 1, 0);
        if (cols > 0) {
            SK_TRY(lxw_check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(s.rows.size()),
                                                  static_cast<lxw_col_t>(cols - 1)),
                             "autofilter"));
        }
    }
    return ok();
}

Result<void> write_workbook(const std::filesystem::path& tmp, const XlsxWorkbook& wb) {
    // constant_memory: each row goes to a temp file as it is written, so a million-row
    // export does not hold a second copy of itself in the library. Temp files go beside the
    // output, not to /tmp, because they hold the same data.
    const std::string tmpdir = tmp.parent_path().empty() ? "." : tmp.parent_path().string();
    lxw_workbook_options opt = {};
    opt.constant_memory = LXW_TRUE;
    opt.tmpdir = const_cast<char*>(tmpdir.c_str());
    opt.use_zip64 = LXW_TRUE;  // sheets over 4 GB uncompressed
    lxw_workbook* w = workbook_new_opt(tmp.c_str(), &opt);
    if (w == nullptr) return Error{Errc::io_error, "cannot start workbook " + tmp.string()};
    Formats f;
    f.header = workbook_add_format(w);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xE8EEF5);
    f.date = workbook_add_format(w);
    format_set_num_format(f.date, "yyyy-mm-dd");
    for (const XlsxSheet& s : wb.sheets) {
        auto r = write_sheet(w, s, f);
        if (!r) {
            workbook_close(w);  // frees it; the caller removes the half-written file
            return r.error();
        }
    }
    return lxw_check(workbook_close(w), "cannot write " + tmp.string());
}

}  // namespace

std::string xlsx_sheet_name(const std::string& name) {
    std::string out;
    size_t i = 0, cps = 0;
    while (i < name.size() && cps < kMaxSheetName) {
        const size_t start = i;
        const uint32_t cp = survey::next_code_point(name, i);
        if (cp < 0x80 && kForbidden.find(static_cast<char>(cp)) != std::string_view::npos) {
            out += '_';
        } else if (cp == survey::kReplacementChar) {
            out += "\xEF\xBF\xBD";
        } else {
            out.append(name, start, i - start);
        }
        ++cps;
    }
    if (!out.empty() && out.front() == '\'') out.front() = '_';
    if (!out.empty() && out.back() == '\'') out.back() = '_';
    return out.empty() ? "_" : out;
}

Result<void> write_xlsx(const std::filesystem::path& p, const XlsxWorkbook& wb, bool exclusive) {
    if (wb.sheets.empty()) return Error{Errc::invalid_argument, "a workbook needs a sheet"};
    std::set<std::string> names;
    for (const XlsxSheet& s : wb.sheets) SK_TRY(check_sheet(s, names));
    return write_file_from(p, exclusive, 0644, [&](const std::filesystem::path& tmp) {
        return write_workbook(tmp, wb);
    });
}

}  // namespace sk::bureau
