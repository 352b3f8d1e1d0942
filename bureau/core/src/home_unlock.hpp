// The steps of unlock() and keygen() (bureau_home.cpp), including the migration of a home
// made before users existed. Private to the bureau core.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "sk/bureau/role.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::detail {

// The user to unlock as: `user`, else the only one with a slot. A home with bureau.sec and no
// slots is migrated here first: bureau.sec is copied (same bytes, same passphrase) into the
// slot of `user` (or kDefaultFirstUser), after checking the passphrase opens it.
Result<std::string> resolve_user(const std::filesystem::path& home, std::string_view user,
                                 std::string_view passphrase);

// Finishes an interrupted key rotation of this user's slot, opens the slot and checks it
// belongs to bureau.pub. Refuses while another user's rotation is pending.
Result<crypto::BureauSecretKeys> open_user_keys(const std::filesystem::path& home,
                                                std::string_view user, std::string_view passphrase);

// The user's row as an Actor. If the users table is still empty (a migrated home), `user`
// becomes its first lead (audited); a leftover bureau.sec is removed once users exist.
// Errc::permission_denied for a disabled user, Errc::not_found for a slot without a row.
Result<Actor> actor_of(const std::filesystem::path& home, storage::BureauStore& s,
                       std::string_view user, std::string_view now);

// Inserts `user` as lead with its audit row ("user.add", by `how`: keygen or migration).
Result<void> add_first_lead(storage::BureauStore& s, std::string_view user, std::string_view how,
                            std::string_view now);

}  // namespace sk::bureau::detail
