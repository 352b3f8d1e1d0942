// Writing a report in the format asked for: text formats to --out or stdout, XLSX from the
// report's tables, PDF by printing its HTML with headless Chromium. XLSX and PDF are files,
// so they need --out.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sk/bureau/report_table.hpp"

namespace sk::bureau::cli {

struct ReportRenderers {
    std::function<std::string()> text;  // csv / json / html, by format
    std::function<std::string()> html;  // for pdf
    std::function<XlsxWorkbook()> xlsx;
};

void write_report(const std::string& out, const std::string& format, const ReportRenderers& r);

// Today's local date "YYYY-MM-DD" for "generated on".
std::string today_iso();

}  // namespace sk::bureau::cli
