// The person file's Export (HTML, XLSX) and Print buttons: the file loaded through the core
// (audited as a read) and written by the core's export_person_file (audited as an export).
// Print writes the print-ready HTML: the workstation is offline and launches no browser, so
// the desk tells the clerk where the file is.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "sk/bureau/person_file_export.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

enum class PersonExportKind { html, xlsx, print };

// The written file. Errc::not_found for an unknown person, permission_denied without
// read_files; the directory is created when missing.
Result<std::filesystem::path> export_person(storage::BureauStore& s, const bureau::Actor& a,
                                            std::string_view staff_no, PersonExportKind kind,
                                            const std::filesystem::path& dir, uint32_t today,
                                            bool zh, const bureau::WorkCalendar& cal,
                                            std::string_view now);

}  // namespace sk::desk
