// Opening the sealed records of one verified batch, in parallel: each record is decrypted
// with the bureau's seal key (or a retired one it names), then parsed as a tip or a survey
// response. Any record that fails rejects the whole batch (all or nothing).
#pragma once

#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_types.hpp"
#include "sk/sync/batch.hpp"

namespace sk::bureau {

struct OpenKeys {
    const crypto::SealKeyPair* current = nullptr;
    const std::vector<crypto::SealKeyPair>* retired = nullptr;  // may be null
    crypto::SignPublicKey sign_pk{};                            // keys the receipt lookup hash
};

// Errc::wrong_key "record 3 of 200 is sealed to key …, not to this bureau (…)",
// Errc::decrypt_failed for a tampered record, Errc::bad_format for a plaintext that is not
// a valid tip or response header. Tips are parsed strictly (the ledger indexes their
// fields); responses only by header, see record_opener.cpp.
Result<std::vector<storage::DecryptedRecord>> open_batch_records(const sync::Batch& batch,
                                                                 const OpenKeys& keys,
                                                                 unsigned threads);

}  // namespace sk::bureau
