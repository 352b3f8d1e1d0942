#include "sk/bureau/table_output.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "sk/bureau/csv.hpp"
#include "sk/bureau/xlsx_writer.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

namespace {

bool wide(uint32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool is_num(const OutTable& t, size_t c) {
    return c < t.numeric.size() && t.numeric[c];
}

}  // namespace

size_t display_width(std::string_view s) {
    size_t w = 0;
    for (size_t i = 0; i < s.size();) w += wide(survey::next_code_point(s, i)) ? 2 : 1;
    return w;
}

std::string out_table_text(const OutTable& t) {
    std::vector<size_t> width(t.header.size(), 0);
    for (size_t c = 0; c < t.header.size(); ++c) width[c] = display_width(t.header[c]);
    for (auto& r : t.rows)
        for (size_t c = 0; c < r.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], display_width(r[c]));
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        std::string l;
        for (size_t c = 0; c < width.size(); ++c) {
            const std::string& v = c < cells.size() ? cells[c] : std::string();
            std::string pad(width[c] - std::min(width[c], display_width(v)), ' ');
            if (c) l += "  ";
            l += is_num(t, c) ? pad + v : v + (c + 1 < width.size() ? pad : "");
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        out += l + "\n";
    };
    line(t.header);
    for (auto& r : t.rows) line(r);
    return out;
}

std::string out_table_csv(const OutTable& t, bool bom) {
    std::string out = bom ? std::string(kUtf8Bom) : std::string();
    std::vector<std::string> f;
    for (auto& h : t.header) f.push_back(csv_field(h));
    csv_row(out, f);
    for (auto& r : t.rows) {
        f.clear();
        for (auto& v : r) f.push_back(csv_text_field(v));
        csv_row(out, f);
    }
    return out;
}

std::string out_table_json(const OutTable& t) {
    nlohmann::json arr = nlohmann::json::array();
    for (auto& r : t.rows) {
        nlohmann::json o = nlohmann::json::object();
        for (size_t c = 0; c < t.keys.size() && c < r.size(); ++c) {
            if (is_num(t, c) && !r[c].empty()) {
                o[t.keys[c]] = nlohmann::json::parse(r[c], nullptr, false);
                if (o[t.keys[c]].is_discarded()) o[t.keys[c]] = r[c];
            } else {
                o[t.keys[c]] = r[c];
            }
        }
        arr.push_back(std::move(o));
    }
    return arr.dump(1) + "\n";
}

Result<void> out_table_xlsx(const OutTable& t, const std::filesystem::path& p) {
    XlsxWorkbook wb;
    XlsxSheet s;
    s.name = xlsx_sheet_name(t.title.empty() ? "Sheet1" : t.title);
    s.header = t.header;
    for (auto& r : t.rows) {
        std::vector<XlsxCell> row;
        for (size_t c = 0; c < r.size(); ++c) {
            if (is_num(t, c) && !r[c].empty()) {
                row.push_back(XlsxCell::real(std::strtod(r[c].c_str(), nullptr)));
            } else {
                row.push_back(XlsxCell::text(r[c]));
            }
        }
        s.rows.push_back(std::move(row));
    }
    wb.sheets.push_back(std::move(s));
    return write_xlsx(p, wb);
}

}  // namespace sk::bureau
