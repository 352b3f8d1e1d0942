// A provisioned kiosk store in a unique temp dir, with the bureau's secret keys at hand so
// tests can sign acks, bundles and boards and open what the kiosk sealed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/storage/kiosk_store.hpp"

#include "../common/temp_dir.hpp"

namespace sk::testing {

// mkdtemp under $TMPDIR, removed with everything in it on destruction.

struct KioskFixture {
    KioskFixture();

    TempDir tmp{"kctl-unit"};
    std::filesystem::path data, out;
    crypto::BureauSecretKeys bureau = crypto::generate_bureau_keys();
    crypto::SignKeyPair kiosk = crypto::generate_sign_keypair();
    storage::KioskStore store;

    // Seals and stores `n` records whose plaintexts are `plaintext_bytes` long.
    std::vector<crypto::RecordId> add_records(size_t n, size_t plaintext_bytes = 100,
                                              crypto::RecordKind kind = crypto::RecordKind::tip);
    crypto::SignKeyPair bureau_signer() const { return crypto::bureau_sign_pair(bureau); }
};

std::vector<uint8_t> read_all(const std::filesystem::path& p);
void write_all(const std::filesystem::path& p, const std::vector<uint8_t>& bytes);
std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir);

}  // namespace sk::testing
