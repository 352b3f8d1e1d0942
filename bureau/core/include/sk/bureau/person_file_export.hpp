// A person's file (一人一档) written out for the paper file cabinet: the print-ready HTML
// (person_file_html, A4 CSS) or an XLSX workbook (basic data and the dated records, one
// record per row), each written atomically and recorded in the audit log as an export of
// identifiable data. Used by the desk's Export and Print buttons.
#pragma once

#include <filesystem>
#include <string_view>

#include "sk/bureau/person_file.hpp"
#include "sk/bureau/role.hpp"
#include "sk/bureau/xlsx_writer.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

enum class PersonFileFormat { html, xlsx };

// Sheet 1 "基本信息"/"Person" (label, value); sheet 2 "档案记录"/"Records" (day as a real
// date, source, matter, details "label: value" one per line, recorded by, recorded at).
XlsxWorkbook person_file_workbook(const PersonFile& f);

// "person-<staff no.>-<as of YYYY-MM-DD>.html|xlsx" in `dir`.
std::filesystem::path person_file_export_path(const PersonFile& f, PersonFileFormat fmt,
                                              const std::filesystem::path& dir);

// Writes the file (mode 0600, replacing an older export of the same day) and its
// "person.export" audit row together: if the audit row cannot be written the file is removed
// and the error returned. Errc::permission_denied without read_files.
Result<std::filesystem::path> export_person_file(storage::BureauStore& s, const Actor& a,
                                                 const PersonFile& f, PersonFileFormat fmt,
                                                 const std::filesystem::path& dir,
                                                 std::string_view now);

}  // namespace sk::bureau
