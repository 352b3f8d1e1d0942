// The bureau home directory: bureau.pub (public key file), bureau.sec (secret keys under the
// passphrase) and bureau.db (the SQLCipher store, keyed from the secret keys: ADR 0004).
// Unlocking = passphrase -> secret keys -> store key -> open store.
#pragma once

#include <filesystem>
#include <string_view>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct HomePaths {
    std::filesystem::path dir, pub, sec, db;
    explicit HomePaths(const std::filesystem::path& d)
        : dir(d), pub(d / "bureau.pub"), sec(d / "bureau.sec"), db(d / "bureau.db") {}
};

// An unlocked bureau: its keys and its open store.
struct Session {
    crypto::BureauSecretKeys keys;
    storage::BureauStore store;
};

// key = BLAKE2b-256 keyed with the seal secret key over "sk-bureau-db-v1" (ADR 0004).
crypto::SecureBuffer derive_store_key(const crypto::BureauSecretKeys& keys);

// Creates DIR (if needed) with the three files. Refuses (Errc::already_exists) if any of them
// exists: overwriting a key file would orphan every record sealed to it.
Result<crypto::BureauPublicKeys> keygen(const std::filesystem::path& dir,
                                        std::string_view passphrase, crypto::PwhashCost cost);

// Errc::wrong_passphrase with a clear message, Errc::not_found for a missing file.
Result<Session> unlock(const std::filesystem::path& dir, std::string_view passphrase);

// Reads bureau.pub only (no passphrase needed).
Result<crypto::BureauPublicKeys> read_public(const std::filesystem::path& dir);

}  // namespace sk::bureau
