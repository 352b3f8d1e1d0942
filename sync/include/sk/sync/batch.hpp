// Export batches (docs/FORMAT.md §6): the sealed records a kiosk hands to the bureau,
// in one signed file per export, chained by hash so the bureau can detect missing,
// forked and replayed batches. One signature covers the whole file (docs/adr/0002).
#pragma once

#include <cstdint>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/result.hpp"

namespace sk::sync {

using crypto::Hash;
using crypto::KeyId;

inline constexpr char kBatchMagic[] = "SKBATCH1";  // 8 bytes, no terminator in the file
constexpr size_t kBatchMagicBytes = 8;
constexpr uint8_t kBatchVersion = 1;
// magic(8) | version(1) | kiosk id(8) | seq(8) | prev hash(32) | day(4) | count(4)
constexpr size_t kBatchHeaderBytes = 65;
constexpr size_t kBatchRecordLengthBytes = 4;
constexpr size_t kMaxBatchRecords = 5000;
// Limit on the whole signed batch file, container included: what one USB copy or one
// upload must hold, and what the bureau reads into memory at once.
constexpr size_t kMaxBatchFileBytes = 16u * 1024u * 1024u;
// Signed-file container bytes around a batch payload: "SKSF"(4) | version(1) | name
// length(1) | "batch"(5) | signer id(8) | payload length(4) | ... | signature(64).
constexpr size_t kBatchContainerBytes = 4 + 1 + 1 + 5 + 8 + 4 + 64;

struct BatchHeader {
    uint64_t seq = 0;  // 1 for a kiosk's first batch, then +1 per batch
    Hash prev_hash{};  // batch_hash of batch seq-1; all zero for seq 1
    uint32_t day = 0;  // export day as YYYYMMDD (kiosk local date)
    bool operator==(const BatchHeader& o) const {
        return seq == o.seq && prev_hash == o.prev_hash && day == o.day;
    }
};

struct BatchRecord {
    crypto::RecordKind kind;
    crypto::RecordId id;
    Bytes envelope;  // the whole §3 envelope, as stored in the batch
};

struct Batch {
    KeyId kiosk{};  // payload kiosk id, equal to the signed file's signer id
    BatchHeader header;
    std::vector<BatchRecord> records;  // in file order (random, see build_batch)
    Hash hash{};                       // batch_hash of the file this was read from
};

// BLAKE2b-256 over the whole signed batch file: what the next batch's prev_hash and the
// bureau's acknowledgement refer to.
Hash batch_hash(ByteView file);

// Exact size of the signed batch file holding envelopes of these sizes.
size_t batch_file_size(const std::vector<size_t>& envelope_sizes);

// Builds and signs a batch. Records are shuffled with crypto randomness first so their
// order says nothing about when each was submitted. Refuses (Errc::invalid_argument) what a
// reader would refuse: seq 0, a seq-1 batch with a prev hash or a later one without, an
// invalid day, more than kMaxBatchRecords records or kMaxBatchFileBytes bytes (split with
// plan_batches first), an envelope whose header does not parse, a duplicate record id.
Result<Bytes> build_batch(const BatchHeader& header, std::vector<ByteView> envelopes,
                          const crypto::SignKeyPair& kiosk);

// Same, keeping the given record order. For test vectors, which must be reproducible;
// production code uses build_batch.
Result<Bytes> build_batch_in_order(const BatchHeader& header,
                                   const std::vector<ByteView>& envelopes,
                                   const crypto::SignKeyPair& kiosk);

// Parses without verifying the signature, so the bureau can read the kiosk id and look up
// that kiosk's key. Everything else is checked: Errc::bad_format for a wrong magic, an
// impossible header, counts or lengths inconsistent with the payload size, trailing bytes,
// an unparseable envelope header, a duplicate record id, a payload kiosk id different from
// the signer; Errc::unsupported_version for a version other than 1.
Result<Batch> parse_batch(ByteView file);

// What sorting a stick's files needs before any is opened: every check of parse_batch, with
// the same errors, but the records are only counted (not copied) and the file is not hashed.
struct BatchSummary {
    KeyId kiosk{};
    BatchHeader header;
    size_t records = 0;
};
Result<BatchSummary> check_batch(ByteView file);

// The signature part of verify_batch alone, for a file parse_batch already accepted (the
// importer parses each file once): the same Errc::wrong_key / Errc::bad_signature.
Result<void> verify_batch_signature(ByteView file, const crypto::SignPublicKey& kiosk_pk);

// parse_batch plus the signature check against the kiosk's public key:
// Errc::wrong_key if another key signed it, Errc::bad_signature if the signature fails.
Result<Batch> verify_batch(ByteView file, const crypto::SignPublicKey& kiosk_pk);

}  // namespace sk::sync
