// Acknowledgements (docs/FORMAT.md §7): the bureau's signed statement that it imported
// given batches from one kiosk. The kiosk deletes exported records only after it holds a
// verified ack naming the batch seq and hash, so a lost or forged file never loses a tip.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::sync {

inline constexpr char kAckFormat[] = "sk-ack-1";

struct AckEntry {
    uint64_t seq = 0;
    crypto::Hash hash{};   // batch_hash of the imported file
    uint32_t records = 0;  // records the bureau imported from it
    bool operator==(const AckEntry& o) const {
        return seq == o.seq && hash == o.hash && records == o.records;
    }
};

struct Ack {
    crypto::KeyId kiosk{};
    std::string issued;  // RFC 3339 UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::vector<AckEntry> batches;
};

// Compact JSON, keys in the documented order, signed with context "ack".
// Errc::invalid_argument for a malformed `issued`, seq 0, records over the batch limit.
Result<Bytes> build_ack(const Ack& ack, const crypto::SignKeyPair& bureau);

// Verifies the signature with the bureau's signing key, then the JSON. Errc::bad_format
// (unsigned, wrong context, malformed JSON or fields), Errc::unsupported_version (other
// "format"), Errc::wrong_key (signed by another key, or the ack names another kiosk),
// Errc::bad_signature.
Result<Ack> verify_ack(ByteView file, const crypto::SignPublicKey& bureau_pk,
                       const crypto::KeyId& my_kiosk_id);
// The same checks whichever kiosk the ack names: tells a genuine ack for another kiosk (on a
// stick shared by several schools) from a forged or broken one. Never apply its entries.
Result<Ack> verify_ack_any_kiosk(ByteView file, const crypto::SignPublicKey& bureau_pk);

}  // namespace sk::sync
