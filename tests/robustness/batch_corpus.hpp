// The broken-batch corpus: every variant of one small genuine batch that the bureau must
// refuse, each with the reason categories (Errc) that are acceptable for it.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::robustness {

// Byte patterns XORed into one position at a time.
constexpr uint8_t kFlipLowBit = 0x01;
constexpr uint8_t kFlipAllBits = 0xff;

// Signed-file layout around a batch payload (sync/batch.hpp kBatchContainerBytes):
// "SKSF"(4) version(1) name length(1) "batch"(5) signer id(8) payload length(4) payload
// signature(64).
constexpr size_t kContainerPrefixBytes = 4 + 1 + 1 + 5 + 8 + 4;
constexpr size_t kSignatureBytes = 64;

struct BatchVariant {
    std::string name;  // "flip 0x01 @ 123", "truncated to 40 bytes", ...
    Bytes file;
    std::set<Errc> acceptable;
};

// Every single-byte flip with each pattern. A flip in the signature can only be a bad
// signature; one in the container prefix only a format error; anywhere else the parser or
// the signature catches it, before any record is opened.
std::vector<BatchVariant> flipped_variants(const Bytes& good);
// Every proper prefix (length 0 .. size-1): always a format error.
std::vector<BatchVariant> truncated_variants(const Bytes& good);
// `good` with the signature of `other` (another genuine batch of the same kiosk).
BatchVariant swapped_signature(const Bytes& good, const Bytes& other);

std::string describe(const std::set<Errc>& codes);

}  // namespace sk::robustness
