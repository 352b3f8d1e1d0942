// BLAKE2b hashing and the system RNG, for callers outside crypto/ (docs/FORMAT.md intro).
#include "sk/crypto/hash.hpp"

#include <sodium.h>

#include "internal.hpp"

namespace sk::crypto {

Hash hash(ByteView data) {
    detail::ensure_init();
    Hash out{};
    crypto_generichash(out.data(), out.size(), data.data, data.size, nullptr, 0);
    return out;
}

Hash keyed_hash(ByteView key, ByteView data) {
    detail::ensure_init();
    if (key.size < crypto_generichash_KEYBYTES_MIN || key.size > crypto_generichash_KEYBYTES_MAX)
        detail::misuse("keyed_hash: key must be 16..64 bytes");
    Hash out{};
    crypto_generichash(out.data(), out.size(), data.data, data.size, key.data, key.size);
    return out;
}

void random_bytes(uint8_t* out, size_t n) {
    detail::ensure_init();
    if (n != 0) randombytes_buf(out, n);
}

Bytes random_bytes(size_t n) {
    Bytes out(n);
    random_bytes(out.data(), n);
    return out;
}

uint32_t random_uniform(uint32_t upper_bound) {
    detail::ensure_init();
    return randombytes_uniform(upper_bound);  // rejection sampling: no modulo bias
}

RecordId new_record_id() {
    RecordId id{};
    random_bytes(id.data(), id.size());
    return id;
}

}  // namespace sk::crypto
