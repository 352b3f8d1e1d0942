// The People screen's data: staff found by number or name (the registers, read_files only)
// and one person's file (一人一档) as the core renders it for `bureau person show`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/registers.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

// Staff whose number starts with `query` or whose name contains it, in register order, at
// most `limit`; an empty query finds nobody. Errc::permission_denied without read_files.
Result<std::vector<bureau::StaffMember>> find_people(storage::BureauStore& s,
                                                     const bureau::Actor& a, std::string_view query,
                                                     size_t limit);

// The person's file as text (the core's person_file_text; audited as a read by the core).
Result<std::string> person_file_text(storage::BureauStore& s, const bureau::Actor& a,
                                     std::string_view staff_no, uint32_t today, bool zh,
                                     const bureau::WorkCalendar& cal, std::string_view now);

}  // namespace sk::desk
