// Per-user key slots (docs/adr/0009-user-key-slots-and-audit-chain.md): DIR/slots/NAME.sec
// is the bureau secret key file (docs/FORMAT.md §2, the same format bureau.sec had) under
// that user's own passphrase, so each user's passphrase unlocks the bureau and disabling a
// user is deleting their slot. Files only; the users table says who is enabled and in what
// role (sk/bureau/store/users.hpp).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

std::filesystem::path slots_dir(const std::filesystem::path& home);
std::filesystem::path slot_path(const std::filesystem::path& home, std::string_view user);

// Names of the users that have a slot, sorted (NAME of every slots/NAME.sec).
Result<std::vector<std::string>> slot_users(const std::filesystem::path& home);

// Wraps `keys` under `passphrase` (at least 8 characters) into the user's slot.
// replace=false: Errc::already_exists if the user has a slot.
Result<void> write_slot(const std::filesystem::path& home, std::string_view user,
                        const crypto::BureauSecretKeys& keys, std::string_view passphrase,
                        crypto::PwhashCost cost, bool replace);
// Errc::not_found (one line naming the user) if there is no slot, Errc::wrong_passphrase.
Result<crypto::BureauSecretKeys> open_slot(const std::filesystem::path& home, std::string_view user,
                                           std::string_view passphrase);
// Removes the slot (ok if there was none).
Result<void> remove_slot(const std::filesystem::path& home, std::string_view user);

// The Argon2id cost recorded in a secret key file (new slots copy an existing one's cost).
Result<crypto::PwhashCost> secret_file_cost(const std::filesystem::path& sec);

}  // namespace sk::bureau
