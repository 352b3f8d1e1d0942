// The signed status board built from the ledger: receipt lookup hash -> status, day of the
// last change and the reply, for every case whose tip carried a receipt code.
#pragma once

#include <cstdint>
#include <string_view>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct BoardFile {
    Bytes bytes;
    uint64_t version = 0;
    size_t entries = 0;
};

// Takes the next board version from the store (strictly increasing, so kiosks refuse an
// older board replayed to them).
Result<BoardFile> build_board(storage::BureauStore& store, const crypto::BureauSecretKeys& keys,
                              std::string_view now);

}  // namespace sk::bureau
