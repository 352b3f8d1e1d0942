// Bureau user accounts (table users, schema v3). Rows only: the user's passphrase lives in
// their key slot file (bureau core: user_slots.hpp), permission checks in the core
// (authorize.hpp), and the audit row of each change is the caller's (user_admin.hpp
// appends it in the same transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/role.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

struct User {
    int64_t id = 0;
    std::string name;
    Role role = Role::statistician;
    bool disabled = false;
    std::string created_at, created_by, updated_at;
};

// A user name is a login id and a file name (slots/NAME.sec): 1-32 of a-z A-Z 0-9 . _ -,
// not starting with . or -. Errc::invalid_argument with a one-line reason otherwise.
Result<void> check_user_name(std::string_view name);

Result<std::vector<User>> list_users(storage::BureauStore& s);  // by name
Result<std::optional<User>> find_user(storage::BureauStore& s, std::string_view name);
// Errc::already_exists if the name is taken (also by a disabled user: names are not reused,
// so the audit log's names stay unambiguous).
Result<User> insert_user(storage::BureauStore& s, std::string_view name, Role role,
                         std::string_view created_by, std::string_view now);
// Errc::not_found for an unknown user.
Result<void> set_user_disabled(storage::BureauStore& s, std::string_view name, bool disabled,
                               std::string_view now);
// Errc::not_found for an unknown user.
Result<void> set_user_role(storage::BureauStore& s, std::string_view name, Role role,
                           std::string_view now);
// Enabled users with role lead (the last one cannot be disabled).
Result<int64_t> count_enabled_leads(storage::BureauStore& s);

}  // namespace sk::bureau::store
