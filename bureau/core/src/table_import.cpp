#include "sk/bureau/table_import.hpp"

#include <algorithm>
#include <cstdlib>

#include "sk/bureau/csv_reader.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/xlsx_reader.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    // U+3000 IDEOGRAPHIC SPACE, common in cells typed with a Chinese IME.
    constexpr std::string_view kIdeoSpace = "\xE3\x80\x80";
    while (s.substr(0, 3) == kIdeoSpace) s.remove_prefix(3);
    while (s.size() >= 3 && s.substr(s.size() - 3) == kIdeoSpace) s.remove_suffix(3);
    return s;
}

std::string lower_ext(const std::filesystem::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return e;
}

// Reads the run of digits at s[i], advancing i; -1 when there is none.
int take_number(std::string_view s, size_t& i) {
    int v = 0, n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && n < 5) {
        v = v * 10 + (s[i++] - '0');
        ++n;
    }
    return n ? v : -1;
}

bool take(std::string_view s, size_t& i, std::string_view sep) {
    if (s.substr(i, sep.size()) != sep) return false;
    i += sep.size();
    return true;
}

}  // namespace

Table table_from_xlsx(const XlsxReadSheet& sheet) {
    Table t;
    bool header = true;
    for (auto& r : sheet.rows) {
        std::vector<std::string> cells;
        cells.reserve(r.cells.size());
        for (auto& c : r.cells) cells.push_back(c.text);
        if (header) {
            t.header = std::move(cells);
            header = false;
        } else {
            t.rows.push_back({r.row_number, std::move(cells)});
        }
    }
    return t;
}

Result<Table> table_from_csv(std::string_view text) {
    auto recs = parse_csv(text);
    if (!recs) return recs.error();
    Table t;
    for (size_t i = 0; i < recs->size(); ++i) {
        auto& r = (*recs)[i];
        if (i == 0) {
            t.header = std::move(r.fields);
        } else {
            t.rows.push_back({r.line, std::move(r.fields)});
        }
    }
    return t;
}

Result<Table> read_table_file(const std::filesystem::path& path, std::string_view sheet) {
    std::string ext = lower_ext(path);
    if (ext != ".csv" && ext != ".xlsx")
        return Error{Errc::invalid_argument,
                     path.filename().string() + ": only .csv and .xlsx files are read"};
    auto data = read_file(path, 256u << 20);
    if (!data) return data.error();
    if (ext == ".xlsx") {
        auto s = read_xlsx_sheet(ByteView(*data), sheet);
        if (!s) return s.error();
        return table_from_xlsx(*s);
    }
    return table_from_csv(
        std::string_view(reinterpret_cast<const char*>(data->data()), data->size()));
}

std::string_view ColumnMap::get(const TableRow& row, size_t i) const {
    int c = index[i];
    if (c < 0 || static_cast<size_t>(c) >= row.cells.size()) return {};
    return trim(row.cells[static_cast<size_t>(c)]);
}

std::string normalize_header(std::string_view h) {
    h = trim(h);
    // A trailing unit in brackets: "金额(元)", "金额（元）".
    for (std::string_view open : {std::string_view("("), std::string_view("\xEF\xBC\x88")}) {
        size_t p = h.rfind(open);
        if (p != std::string_view::npos && p > 0) h = trim(h.substr(0, p));
    }
    std::string out;
    for (char c : h) {
        if (c == ' ' || c == '\t' || c == '_' || c == '.' || c == '-') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

Result<ColumnMap> map_columns(const std::vector<std::string>& header,
                              const std::vector<ColumnSpec>& specs) {
    std::vector<std::string> norm;
    for (auto& h : header) norm.push_back(normalize_header(h));
    ColumnMap m;
    for (auto& spec : specs) {
        int found = -1;
        for (size_t c = 0; c < norm.size(); ++c) {
            for (auto& name : spec.names) {
                if (norm[c] != normalize_header(name)) continue;
                if (found >= 0 && found != static_cast<int>(c))
                    return Error{Errc::invalid_argument,
                                 "row 1: column '" + spec.names.front() + "' appears twice"};
                found = static_cast<int>(c);
            }
        }
        if (found < 0 && spec.required) {
            std::string names;
            for (auto& n : spec.names) names += (names.empty() ? "" : " / ") + n;
            return Error{Errc::invalid_argument, "row 1: missing column " + names};
        }
        m.index.push_back(found);
    }
    return m;
}

std::optional<uint32_t> parse_table_date(std::string_view cell) {
    cell = trim(cell);
    if (auto iso = sync::day_number_from_iso(cell)) return iso;
    size_t i = 0;
    int y = take_number(cell, i);
    if (y < 0) return std::nullopt;
    if (i == cell.size()) {                                   // a bare number: an XLSX serial
        uint32_t d = y >= 36526 ? xlsx_serial_to_day(y) : 0;  // from 2000-01-01
        return d ? std::optional<uint32_t>(d) : std::nullopt;
    }
    int m = -1, d = -1;
    for (std::string_view sep : {"/", ".", "-"}) {
        size_t j = i;
        if (!take(cell, j, sep)) continue;
        m = take_number(cell, j);
        if (!take(cell, j, sep)) return std::nullopt;
        d = take_number(cell, j);
        if (j != cell.size()) return std::nullopt;
        break;
    }
    if (m < 0) {  // 2026年3月5日
        size_t j = i;
        if (!take(cell, j, "\xE5\xB9\xB4")) return std::nullopt;
        m = take_number(cell, j);
        if (!take(cell, j, "\xE6\x9C\x88")) return std::nullopt;
        d = take_number(cell, j);
        if (!take(cell, j, "\xE6\x97\xA5") || j != cell.size()) return std::nullopt;
    }
    if (!sync::is_valid_date(y, m, d)) return std::nullopt;
    return static_cast<uint32_t>(y * 10000 + m * 100 + d);
}

std::optional<bool> parse_table_bool(std::string_view cell) {
    std::string c = normalize_header(cell);
    for (auto t : {"y", "yes", "1", "true", "\xE6\x98\xAF", "\xE5\x9C\xA8\xE5\x86\x8C"})
        if (c == t) return true;
    for (auto f : {"n", "no", "0", "false", "\xE5\x90\xA6"})
        if (c == f) return false;
    return std::nullopt;
}

std::string row_error(int64_t row, std::string_view message) {
    return "row " + std::to_string(row) + ": " + std::string(message);
}

}  // namespace sk::bureau
