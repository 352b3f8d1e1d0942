// Acknowledgements for kiosks: what lets a kiosk purge records for good, so an ack names
// only batches that are committed in the store.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

enum class AckScope {
    unacked,  // batches no ack has covered yet (the usual USB round trip)
    all,      // every batch ever imported from the kiosk (a kiosk lost its last ack)
};

struct AckFile {
    Bytes bytes;
    std::string name;  // "ack-<kiosk key id>-<highest seq>.skack"
    std::vector<int64_t> batch_ids;
    uint64_t last_seq = 0;
};

// Key id in hex (or a unique prefix of at least 4 digits), or the exact registered name.
Result<storage::BureauKiosk> resolve_kiosk(storage::BureauStore& store, std::string_view id);

// Signs an ack for these stored batches of the kiosk and marks them acked.
Result<AckFile> ack_batches(storage::BureauStore& store, const crypto::BureauSecretKeys& keys,
                            const storage::BureauKiosk& kiosk,
                            const std::vector<storage::ImportedBatch>& batches,
                            std::string_view now);

// nullopt when the scope holds no batch (nothing to acknowledge).
Result<std::optional<AckFile>> ack_kiosk(storage::BureauStore& store,
                                         const crypto::BureauSecretKeys& keys,
                                         const storage::BureauKiosk& kiosk, AckScope scope,
                                         std::string_view now);

}  // namespace sk::bureau
