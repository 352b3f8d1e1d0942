// The keys a kiosk's sync needs, read from its encrypted store: its own Ed25519 identity
// (to sign batches; its key id names the kiosk everywhere) and the bureau's public keys (to
// verify acks, bundles and boards). Loaded per operation and dropped after, so the secret
// key sits in sodium memory only while a batch is being signed.
#pragma once

#include <string>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

// Errc::not_found "kiosk has no identity (run kioskctl init)" before provisioning.
Result<crypto::SignKeyPair> load_kiosk_identity(const storage::KioskStore& store);
// The 88-byte file as installed, decoded. Errc::not_found before provisioning.
Result<crypto::BureauPublicKeys> load_bureau_keys(const storage::KioskStore& store);

// Key ids of identities this kiosk had before re-provisioning (setting kiosk.previous_ids).
std::vector<crypto::KeyId> previous_kiosk_ids(const storage::KioskStore& store);
// Appends one to that list.
Result<void> add_previous_kiosk_id(storage::KioskStore& store, const crypto::KeyId& id);

// The 16 hex digits that name the kiosk in file names and messages.
std::string kiosk_id_hex(const crypto::KeyId& id);

}  // namespace sk::kiosk_sync
