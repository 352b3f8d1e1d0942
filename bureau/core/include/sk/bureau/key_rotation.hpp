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
// DIR/retired: the previous bureau.sec files (same passphrase), kept as a backup.
std::filesystem::path retired_dir(const std::filesystem::path& home);

struct RotationResult {
    crypto::BureauPublicKeys old_keys, new_keys;
    std::filesystem::path statement;  // in rotations/
};

// Rotates the unlocked session's keys in place: afterwards `s` holds the new keys and the
// re-keyed store. Steps are ordered so an interruption is finished by the next unlock.
Result<RotationResult> rotate_keys(Session& s, const std::filesystem::path& home,
                                   std::string_view passphrase, std::string_view now);

// Called by unlock(): if bureau.sec.new exists, either completes a rotation interrupted
// after the store re-key, or discards one interrupted before it.
Result<void> finish_interrupted_rotation(const std::filesystem::path& home,
                                         std::string_view passphrase);

// Statement files in rotations/, in issue order.
Result<std::vector<std::filesystem::path>> rotation_statements(const std::filesystem::path& home);

}  // namespace sk::bureau
