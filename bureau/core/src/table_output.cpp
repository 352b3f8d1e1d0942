#include "sk/bureau/table_output.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "sk/bureau/csv.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

namespace {

bool is_wide(uint32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

size_t display_width(std::string_view s) {
    size_t w = 0;
    size_t i = 0;
    while (i < s.size()) {
        w += is_wide(survey::next_code_point(s, i)) ? 2 : 1;
    }
    return w;
}

std::string cell_text(const XlsxCell& c) {
    switch (c.kind()) {
        case XlsxCell::Kind::text:
            return c.text_value();
        case XlsxCell::Kind::integer:
            return std::to_string(static_cast<int64_t>(c.number()));
        case XlsxCell::Kind::real: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.2f", c.number());
            return buf;
        }
        case XlsxCell::Kind::date:
            return survey::format_date(c.date_value());
        case XlsxCell::Kind::empty:
            break;
    }
    return "";
}

std::string table_text(const OutTable& t) {
    std::vector<size_t> width(t.header.size(), 0);
    for (size_t i = 0; i < t.header.size(); ++i) width[i] = display_width(t.header[i]);
    std::vector<std::vector<std::string>> cells;
    for (const auto& r : t.rows) {
        std::vector<std::string> line;
        for (size_t i = 0; i < t.header.size(); ++i) {
            line.push_back(i < r.size() ? cell_text(r[i]) : "");
            width[i] = std::max(width[i], display_width(line.back()));
        }
        cells.push_back(std::move(line));
    }
    std::string out;
    auto emit = [&](const std::vector<std::string>& line) {
        std::string row;
        for (size_t i = 0; i < line.size(); ++i) {
            row += line[i];
            if (i + 1 < line.size()) row += std::string(width[i] - display_width(line[i]) + 2, ' ');
        }
        out += row + "\n";
    };
    emit(t.header);
    std::vector<std::string> rule;
    for (size_t w : width) rule.push_back(std::string(w, '-'));
    emit(rule);
    for (const auto& line : cells) emit(line);
    return out;
}

std::string table_csv(const OutTable& t, bool bom) {
    std::string out = bom ? std::string(kUtf8Bom) : std::string();
    std::vector<std::string> head;
    for (const auto& h : t.header) head.push_back(csv_field(h));
    csv_row(out, head);
    for (const auto& r : t.rows) {
        std::vector<std::string> fields;
        for (size_t i = 0; i < t.header.size(); ++i) {
            const XlsxCell c = i < r.size() ? r[i] : XlsxCell();
            fields.push_back(c.kind() == XlsxCell::Kind::text ? csv_text_field(c.text_value())
                                                              : csv_field(cell_text(c)));
        }
        csv_row(out, fields);
    }
    return out;
}

std::string table_json(const OutTable& t) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : t.rows) {
        nlohmann::json o = nlohmann::json::object();
        for (size_t i = 0; i < t.keys.size(); ++i) {
            const XlsxCell c = i < r.size() ? r[i] : XlsxCell();
            switch (c.kind()) {
                case XlsxCell::Kind::integer:
                    o[t.keys[i]] = static_cast<int64_t>(c.number());
                    break;
                case XlsxCell::Kind::real:
                    o[t.keys[i]] = c.number();
                    break;
                case XlsxCell::Kind::empty:
                    o[t.keys[i]] = nullptr;
                    break;
                default:
                    o[t.keys[i]] = cell_text(c);
            }
        }
        arr.push_back(std::move(o));
    }
    return arr.dump(2) + "\n";
}

Result<void> write_tables_xlsx(const std::filesystem::path& p, const std::vector<OutTable>& ts) {
    XlsxWorkbook wb;
    for (const auto& t : ts) wb.sheets.push_back({xlsx_sheet_name(t.title), t.header, t.rows});
    return write_xlsx(p, wb);
}

}  // namespace sk::bureau
