#include "sk/bureau/export_xlsx.hpp"

#include <cmath>
#include <cstdlib>

#include "sk/survey/date.hpp"

namespace sk::bureau {

namespace {

XlsxCell typed(ExportCell&& c, const ExportColumn& col) {
    if (c.empty) return XlsxCell{};
    if (c.is_number || col.name == "_version") {
        char* end = nullptr;
        const double v = std::strtod(c.text.c_str(), &end);
        if (end != c.text.c_str() && *end == '\0' && std::isfinite(v)) {
            return v == std::floor(v) && std::fabs(v) < 9e15 ? XlsxCell::integer(int64_t(v))
                                                             : XlsxCell::real(v);
        }
    }
    if (col.type == survey::QuestionType::date || col.name == "_day") {
        if (auto d = survey::parse_date(c.text)) return XlsxCell::date(*d);
    }
    return XlsxCell::text(std::move(c.text));
}

}  // namespace

XlsxWorkbook export_workbook(ExportTable&& t) {
    XlsxSheet s;
    s.name = "responses";
    for (const ExportColumn& c : t.columns) s.header.push_back(c.name);
    s.rows.reserve(t.rows.size());
    for (auto& row : t.rows) {
        std::vector<XlsxCell> out;
        out.reserve(row.size());
        for (size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
            out.push_back(typed(std::move(row[i]), t.columns[i]));
        }
        s.rows.push_back(std::move(out));
        row.clear();
        row.shrink_to_fit();
    }
    XlsxWorkbook wb;
    wb.sheets.push_back(std::move(s));
    return wb;
}

}  // namespace sk::bureau
