// The Admin screen's users and roles: the core's user functions (user_admin.hpp, the same as
// `bureau user ...`) with the desk's one rule of its own: a new passphrase is typed twice.
#pragma once

#include <filesystem>
#include <string_view>

#include "sk/bureau/user_admin.hpp"

namespace sk::desk {

struct NewUserForm {
    std::string_view name;
    bureau::Role role = bureau::Role::handler;
    std::string_view passphrase, repeated;
};

// Errc::invalid_argument when the two passphrases differ (nothing is written); otherwise
// what bureau::add_user says (name rule, length, taken name, not a lead).
Result<bureau::store::User> add_desk_user(bureau::Session& s, const std::filesystem::path& home,
                                          const NewUserForm& f, std::string_view now);

// A lead resets `name`'s passphrase (or a user their own): typed twice, as above.
Result<void> reset_desk_passphrase(bureau::Session& s, const std::filesystem::path& home,
                                   std::string_view name, std::string_view passphrase,
                                   std::string_view repeated, std::string_view now);

// Re-enables a disabled user with a new passphrase, typed twice, as above.
Result<void> enable_desk_user(bureau::Session& s, const std::filesystem::path& home,
                              std::string_view name, std::string_view passphrase,
                              std::string_view repeated, std::string_view now);

}  // namespace sk::desk
