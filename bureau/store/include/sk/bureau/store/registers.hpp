// The unit, staff and absence registers (schema v4) in bureau.db. Rows only: validation,
// permissions and the audit row are the core's (bureau core: registers.hpp), which calls
// these inside audited() so a change and its audit row commit together.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/register_types.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

Result<std::vector<Unit>> list_units(storage::BureauStore& s);  // by code
// Inserts new codes, updates the others' name/kind/township.
Result<void> upsert_units(storage::BureauStore& s, const std::vector<Unit>& units,
                          std::string_view now);

// Staff in the register now (not removed), by staff number.
Result<std::vector<StaffMember>> list_staff(storage::BureauStore& s);
// Also finds a removed person (their file stays readable).
Result<std::optional<StaffMember>> find_staff(storage::BureauStore& s, std::string_view staff_no);
// Inserts or updates `upserts` (a removed person listed again comes back) and marks
// `removed` as removed, in one transaction.
Result<void> apply_staff_changes(storage::BureauStore& s, const std::vector<StaffMember>& upserts,
                                 const std::vector<std::string>& removed, std::string_view now);

struct AbsenceQuery {
    std::optional<std::string> unit_code;
    std::optional<AbsenceCategory> category;
    std::optional<std::string> staff_no;
};
Result<std::vector<AbsenceEntry>> list_absences(storage::BureauStore& s, const AbsenceQuery& q);
Result<std::optional<AbsenceEntry>> find_absence(storage::BureauStore& s, int64_t id);
// Stores a new entry (its id is assigned) and its first history row; returns the id.
Result<int64_t> insert_absence(storage::BureauStore& s, const AbsenceEntry& e, std::string_view at,
                               std::string_view user, std::string_view summary);
// Replaces every field of entry e.id and adds a history row. Errc::not_found if unknown.
Result<void> update_absence(storage::BureauStore& s, const AbsenceEntry& e, std::string_view at,
                            std::string_view user, std::string_view summary);
// History of every entry of one person, oldest first.
Result<std::vector<AbsenceChange>> absence_changes_of(storage::BureauStore& s,
                                                      std::string_view staff_no);

}  // namespace sk::bureau::store
