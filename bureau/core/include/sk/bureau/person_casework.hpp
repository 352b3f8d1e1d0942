// The casework part of a person's file (一人一档): every case about the person, talk,
// quarterly note, reminder and sanction (with its period of effect) and publication, as
// dated entries with who recorded each, for `person show` to merge with the absence
// register's entries in date order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/person_file.hpp"
#include "sk/bureau/role.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau {

// Needs read_files (inspector, handler, lead). Records with source "case", "talk",
// "quarterly", "sanction", "published", sorted by day; add_records merges them into the file.
// categories: the tip categories' labels (the caller loads them); without, cases show the id.
Result<std::vector<FileRecord>> casework_records(storage::BureauStore& s, const Actor& a,
                                                 std::string_view staff_no, Lang lang,
                                                 uint32_t today,
                                                 const survey::TipCategories* categories = nullptr);

}  // namespace sk::bureau
