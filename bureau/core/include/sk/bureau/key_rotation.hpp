// Bureau key rotation (docs/FORMAT.md §11, docs/adr/0005): a new key set, a statement signed
// by the old signing key (and counter-signed by the new) for kiosks, the old seal key kept
// so records sealed to it still open, and the store re-keyed (ADR 0004).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// DIR/rotations: every statement this home issued, named so name order is issue order.
std::filesystem::path rotations_dir(const std::filesystem::path& home);
// DIR/retired: the rotating user's previous slot files (same passphrase), kept as a backup.
std::filesystem::path retired_dir(const std::filesystem::path& home);

struct RotationResult {
    crypto::BureauPublicKeys old_keys, new_keys;
    std::filesystem::path statement;  // in rotations/
    // Other users' slots held the old keys, which no longer open the store: they are removed
    // and those users need a new passphrase from a lead (bureau user passwd NAME).
    std::vector<std::string> slots_dropped;
};

// Rotates the unlocked session's keys in place: afterwards `s` holds the new keys and the
// re-keyed store, and the acting user's slot (under `passphrase`) holds the new keys.
// Requires Permission::manage_keys; audited ("keys.rotate", right after the re-key, which
// cannot share a transaction). Steps are ordered so an interruption is finished by the next
// unlock of the same user.
Result<RotationResult> rotate_keys(Session& s, const std::filesystem::path& home,
                                   std::string_view passphrase, std::string_view now);

// Called by unlock(): if `sec_file`.new exists (sec_file: a user's slot, or the pre-users
// bureau.sec), either completes a rotation interrupted after the store re-key, or discards
// one interrupted before it.
Result<void> finish_interrupted_rotation(const std::filesystem::path& home,
                                         const std::filesystem::path& sec_file,
                                         std::string_view passphrase);
// The user whose slot has a pending rotation (slots/NAME.sec.new), or "" if none.
Result<std::string> pending_rotation_user(const std::filesystem::path& home);

// Statement files in rotations/, in issue order.
Result<std::vector<std::filesystem::path>> rotation_statements(const std::filesystem::path& home);

}  // namespace sk::bureau
