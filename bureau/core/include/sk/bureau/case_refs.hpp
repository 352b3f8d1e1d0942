// What a case refers to must exist: a unit in the unit register, a person in the staff
// register, an enabled user for an assignment. One place for these checks so every command
// refuses unknown codes with the same one line.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/due_list.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

// Errc::not_found "no unit CODE".
Result<void> require_unit(storage::BureauStore& s, std::string_view code);
// Errc::not_found "no person STAFFNO"; the person's unit code.
Result<std::string> require_person(storage::BureauStore& s, std::string_view staff_no);
// The person's name, or "" when unknown.
std::string person_name(storage::BureauStore& s, std::string_view staff_no);
// Unit code -> name for every registered unit.
Result<std::map<std::string, std::string>> unit_names(storage::BureauStore& s);
// Errc::not_found / invalid_argument: the user exists, is enabled, and may edit cases.
Result<void> require_case_user(storage::BureauStore& s, std::string_view user);

// Absence-register entries with a return deadline (限期返岗) not yet met, as due items
// owned by whoever recorded the entry.
Result<std::vector<DueItem>> absence_deadlines(storage::BureauStore& s, uint32_t today);

}  // namespace sk::bureau
