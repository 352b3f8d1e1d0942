// Managing bureau users (bureau user add/list/disable/passwd; the desk's user screen). Each
// function authorizes the session's Actor and audits the change ("user.add",
// "user.disable", "user.passwd"; never a passphrase) in the same transaction as the row.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// manage_users. The new user's slot wraps the session's keys under `passphrase` (Argon2id
// cost copied from the acting user's slot). Errc::already_exists for a taken name.
Result<store::User> add_user(Session& s, const std::filesystem::path& home, std::string_view name,
                             Role role, std::string_view passphrase, std::string_view now);

// manage_users. Marks the user disabled and removes their slot, so their passphrase no
// longer opens anything. Refuses the last enabled lead and the acting user themself.
Result<void> disable_user(Session& s, const std::filesystem::path& home, std::string_view name,
                          std::string_view now);

// manage_users. Gives an enabled user another role; audit "user.role" (before/after: the
// roles). Refuses taking the lead role from the last enabled lead.
Result<void> set_user_role(Session& s, std::string_view name, Role role, std::string_view now);

// manage_users. Re-enables a disabled user with a new key slot under `passphrase` (their old
// slot was removed on disable); audit "user.enable". Errc::conflict if not disabled.
Result<void> enable_user(Session& s, const std::filesystem::path& home, std::string_view name,
                         std::string_view passphrase, std::string_view now);

// Anyone for themself; manage_users for someone else (a reset, e.g. after a key rotation
// dropped their slot). Rewraps the session's keys under the new passphrase.
Result<void> set_user_passphrase(Session& s, const std::filesystem::path& home,
                                 std::string_view name, std::string_view passphrase,
                                 std::string_view now);

// Every role may see who the users are (the audit log names them anyway).
Result<std::vector<store::User>> users(Session& s);

}  // namespace sk::bureau
