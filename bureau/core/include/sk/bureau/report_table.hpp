// One table of a report, rendered the same way into every format: an HTML section (heading,
// optional chart, table, note), a JSON object and an XLSX sheet. Reports are lists of these,
// so another module adds a section by appending a ReportTable (e.g. the monthly report's
// clean-up and casework tables) without touching the renderers.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "sk/bureau/xlsx_writer.hpp"

namespace sk::bureau {

struct ReportTable {
    std::string key;    // stable English id for JSON ("by_category")
    std::string title;  // heading in the report's language; also the sheet name
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;
    std::string chart_svg;  // optional, drawn above the table in HTML only
    std::string note;       // optional line under the table (e.g. what is hidden)
};

// <h2>title</h2> chart table note. Numbers right-aligned, dates as YYYY-MM-DD.
std::string report_table_html(const ReportTable& t);
// {"key", "title", "columns": [...], "rows": [[...]]} with numbers as numbers, empty as null.
nlohmann::json report_table_json(const ReportTable& t);
// The sheet: name from the title (xlsx_sheet_name), made unique against `taken`.
XlsxSheet report_table_sheet(const ReportTable& t, std::vector<std::string>& taken);
XlsxWorkbook report_tables_workbook(const std::vector<ReportTable>& tables);

// A cell's text as a report shows it ("12", "3.5", "2026-03-14", "").
std::string cell_text(const XlsxCell& c);

}  // namespace sk::bureau
