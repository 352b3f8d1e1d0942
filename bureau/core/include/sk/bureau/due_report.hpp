// `bureau due [--user]`: gathers the due list (due_list.hpp) from the store: open cases
// with a deadline, absence-register deadlines (限期返岗) not yet met, and the current
// quarter's missing dynamic-file entries.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/due_list.hpp"
#include "sk/bureau/role.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

Result<std::vector<DueItem>> due_report(storage::BureauStore& s, const Actor& a, uint32_t today,
                                        const std::optional<std::string>& user,
                                        int horizon_days = kDueHorizonDays);

}  // namespace sk::bureau
