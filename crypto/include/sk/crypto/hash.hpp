// Hashing and randomness for callers outside crypto/ (batch chains, ids, tokens).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "sk/bytes.hpp"

namespace sk::crypto {

constexpr size_t kHashBytes = 32;
using Hash = std::array<uint8_t, kHashBytes>;

// BLAKE2b-256, unkeyed.
Hash hash(ByteView data);
// BLAKE2b-256 keyed (key 16..64 bytes).
Hash keyed_hash(ByteView key, ByteView data);

void random_bytes(uint8_t* out, size_t n);
Bytes random_bytes(size_t n);
// Uniform in [0, upper_bound).
uint32_t random_uniform(uint32_t upper_bound);

constexpr size_t kRecordIdBytes = 16;
using RecordId = std::array<uint8_t, kRecordIdBytes>;
RecordId new_record_id();

}  // namespace sk::crypto
