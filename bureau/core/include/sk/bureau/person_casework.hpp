// The casework part of a person's file (一人一档): every case about the person, talk,
// quarterly note, reminder and sanction (with its period of effect) and publication, as
// dated entries with who recorded each, for `person show` to merge with the absence
// register's entries in date order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/role.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct CaseworkFileEntry {
    uint32_t day = 0;    // YYYYMMDD the matter happened (received, held, decided)
    std::string kind;    // "case", "talk", "quarterly", "sanction", "published"
    std::string title;   // one line in the file's language
    std::string detail;  // note, status, period of effect
    std::string by;      // user who recorded it
};

// Needs read_files (inspector, handler, lead). Sorted by day, then kind.
Result<std::vector<CaseworkFileEntry>> person_casework(storage::BureauStore& s, const Actor& a,
                                                       std::string_view staff_no,
                                                       std::string_view lang, uint32_t today);

}  // namespace sk::bureau
