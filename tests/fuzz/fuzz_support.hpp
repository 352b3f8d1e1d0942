// Shared by the libFuzzer targets in tests/fuzz: the fixed keys of the docs/FORMAT.md vectors
// (so the committed seed corpus verifies and reaches the payload parsers), input helpers, and
// checks that stop the fuzzer on a broken invariant.
//
// Signed formats are fuzzed two ways, chosen by the input itself:
// - an input starting with "SKSF" is a whole signed file, passed to the reader as it came
//   (container parsing, signer and signature checks);
// - any other input is a payload: the target signs it with the fixed key first, so the
//   fuzzer spends its time in the payload parser instead of failing the signature.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::fuzz {

// Aborts the run (libFuzzer saves the input) when an invariant does not hold.
inline void require(bool holds) {
    if (!holds) __builtin_trap();
}

// Error messages are shown as one line to an operator (docs/ARCHITECTURE.md): a message
// that is empty or carries a line break from the input would let a file forge log lines.
inline void require_one_line(const Error& e) {
    if (!e.message.empty() && e.message.find_first_of("\r\n") == std::string::npos) return;
    std::fprintf(stderr, "error message is not one line (%s): [%s]\n", errc_name(e.code),
                 e.message.c_str());
    __builtin_trap();
}

template <typename T>
void require_clean_error(const Result<T>& r) {
    if (!r.ok()) require_one_line(r.error());
}

inline ByteView input(const uint8_t* data, size_t size) {
    return ByteView(data, size);
}

inline bool is_signed_file(ByteView in) {
    return in.size >= 4 && std::memcmp(in.data, "SKSF", 4) == 0;
}

inline void init_crypto() {
    require(crypto::init().ok());
}

inline Bytes repeated(uint8_t byte, size_t n) {
    return Bytes(n, byte);
}

// docs/FORMAT.md "Conventions for §6–9": kiosk A a1×32, bureau signing key b5×32, bureau
// sealing key 5e×32.
inline const crypto::SignKeyPair& kiosk_a() {
    static const crypto::SignKeyPair k =
        (init_crypto(), crypto::sign_keypair_from_seed(repeated(0xa1, 32)));
    return k;
}
inline const crypto::SignKeyPair& bureau_signer() {
    static const crypto::SignKeyPair k =
        (init_crypto(), crypto::sign_keypair_from_seed(repeated(0xb5, 32)));
    return k;
}
inline const crypto::SealKeyPair& bureau_sealer() {
    static const crypto::SealKeyPair k =
        (init_crypto(), crypto::seal_keypair_from_seed(repeated(0x5e, 32)));
    return k;
}
// The recipient of the §3 sealed-record vectors: bureau seal seed 11×32 (§1.3).
inline const crypto::SealKeyPair& record_vector_recipient() {
    static const crypto::SealKeyPair k =
        (init_crypto(), crypto::seal_keypair_from_seed(repeated(0x11, 32)));
    return k;
}

}  // namespace sk::fuzz
