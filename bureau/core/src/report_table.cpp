#include "sk/bureau/report_table.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "sk/bureau/html.hpp"
#include "sk/bureau/svg_chart.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

std::string cell_text(const XlsxCell& c) {
    switch (c.kind()) {
        case XlsxCell::Kind::text:
            return c.text_value();
        case XlsxCell::Kind::integer:
            return std::to_string(static_cast<int64_t>(c.number()));
        case XlsxCell::Kind::real:
            return short_number(c.number(), 2);
        case XlsxCell::Kind::date:
            return survey::format_date(c.date_value());
        case XlsxCell::Kind::empty:
            break;
    }
    return "";
}

std::string report_table_html(const ReportTable& t) {
    std::string out = "<h2>" + html_escape(t.title) + "</h2>\n";
    if (!t.chart_svg.empty()) out += t.chart_svg + "\n";
    out += "<table><tr>";
    for (const auto& h : t.header) out += "<th>" + html_escape(h) + "</th>";
    out += "</tr>\n";
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (const XlsxCell& c : row) {
            const bool num =
                c.kind() == XlsxCell::Kind::integer || c.kind() == XlsxCell::Kind::real;
            out += (num ? "<td class=\"n\">" : "<td>") + html_escape(cell_text(c)) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</table>\n";
    if (!t.note.empty()) out += "<p class=\"meta\">" + html_escape(t.note) + "</p>\n";
    return out;
}

nlohmann::json report_table_json(const ReportTable& t) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : t.rows) {
        nlohmann::json r = nlohmann::json::array();
        for (const XlsxCell& c : row) {
            switch (c.kind()) {
                case XlsxCell::Kind::integer:
                    r.push_back(static_cast<int64_t>(c.number()));
                    break;
                case XlsxCell::Kind::real:
                    r.push_back(c.number());
                    break;
                case XlsxCell::Kind::empty:
                    r.push_back(nullptr);
                    break;
                default:
                    r.push_back(cell_text(c));
            }
        }
        rows.push_back(std::move(r));
    }
    nlohmann::json j = {{"key", t.key}, {"title", t.title}, {"columns", t.header}, {"rows", rows}};
    if (!t.note.empty()) j["note"] = t.note;
    return j;
}

XlsxSheet report_table_sheet(const ReportTable& t, std::vector<std::string>& taken) {
    XlsxSheet s;
    s.name = xlsx_sheet_name(t.title);
    for (int i = 2; std::find(taken.begin(), taken.end(), s.name) != taken.end(); ++i) {
        // Room for " (n)" within the 31 characters, cut between characters.
        std::string base;
        size_t at = 0, cps = 0;
        while (at < t.title.size() && cps < 24) {
            const size_t from = at;
            survey::next_code_point(t.title, at);
            base.append(t.title, from, at - from);
            ++cps;
        }
        s.name = xlsx_sheet_name(base + " (" + std::to_string(i) + ")");
    }
    taken.push_back(s.name);
    s.header = t.header;
    s.rows = t.rows;
    if (!t.note.empty()) s.rows.push_back({XlsxCell::text(t.note)});
    return s;
}

XlsxWorkbook report_tables_workbook(const std::vector<ReportTable>& tables) {
    XlsxWorkbook wb;
    std::vector<std::string> taken;
    for (const auto& t : tables) wb.sheets.push_back(report_table_sheet(t, taken));
    return wb;
}

}  // namespace sk::bureau
