// `bureau export --format xlsx`: the export table as one sheet, numbers as numbers, date
// answers and the _day column as dates, everything else as text (never a formula).
#pragma once

#include "sk/bureau/export_table.hpp"
#include "sk/bureau/xlsx_writer.hpp"

namespace sk::bureau {

// Consumes `t` (a million-row export should not exist twice in memory).
XlsxWorkbook export_workbook(ExportTable&& t);

}  // namespace sk::bureau
