// The bureau home directory: bureau.pub (public key file), slots/NAME.sec (the secret keys
// under each user's passphrase, user_slots.hpp) and bureau.db (the SQLCipher store, keyed
// from the secret keys: ADR 0004; users and audit log inside: ADR 0009).
// Unlocking = user + passphrase -> that user's slot -> secret keys -> store key -> open store
// -> the user's row (enabled, role) -> an Actor.
// A home made before users existed has bureau.sec instead of slots/; the first unlock
// migrates it: bureau.sec becomes the slot of the first lead user (same passphrase), the
// store gains its users and audit tables, and bureau.sec is removed (home_migration.cpp).
#pragma once

#include <filesystem>
#include <string_view>

#include "sk/bureau/role.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct HomePaths {
    std::filesystem::path dir, pub, sec, db;  // sec: the pre-users bureau.sec (migration only)
    explicit HomePaths(const std::filesystem::path& d)
        : dir(d), pub(d / "bureau.pub"), sec(d / "bureau.sec"), db(d / "bureau.db") {}
};

// Name of the first lead user when keygen or the migration is given none.
constexpr std::string_view kDefaultFirstUser = "lead";

// An unlocked bureau: its keys, its open store and who opened it. Every core function that
// reads identifiable data or changes something takes the Actor (authorize.hpp) and records
// Actor::user in the audit log (sk/bureau/store/audit.hpp).
struct Session {
    crypto::BureauSecretKeys keys;
    storage::BureauStore store;
    Actor actor;
};

// key = BLAKE2b-256 keyed with the seal secret key over "sk-bureau-db-v1" (ADR 0004).
crypto::SecureBuffer derive_store_key(const crypto::BureauSecretKeys& keys);

// Creates DIR (if needed) with bureau.pub, bureau.db and the first user (role lead) with its
// slot. Refuses (Errc::already_exists) if a key file or the store exists: overwriting a key
// file would orphan every record sealed to it. `now` empty: the clock.
Result<crypto::BureauPublicKeys> keygen(const std::filesystem::path& dir,
                                        std::string_view passphrase, crypto::PwhashCost cost,
                                        std::string_view first_user = kDefaultFirstUser,
                                        std::string_view now = {});

// `user` empty: the only user with a slot (or, for a home not yet migrated, the first lead
// named kDefaultFirstUser). Errors: Errc::invalid_argument when several users exist and
// none is named, Errc::not_found for a user without a slot, Errc::wrong_passphrase,
// Errc::permission_denied for a disabled user. `now` empty: the clock (migration rows).
Result<Session> unlock(const std::filesystem::path& dir, std::string_view user,
                       std::string_view passphrase, std::string_view now = {});
// The single-user form the CLI and tests used before users existed: unlock(dir, "", pass).
Result<Session> unlock(const std::filesystem::path& dir, std::string_view passphrase);

// Reads bureau.pub only (no passphrase needed).
Result<crypto::BureauPublicKeys> read_public(const std::filesystem::path& dir);

}  // namespace sk::bureau
