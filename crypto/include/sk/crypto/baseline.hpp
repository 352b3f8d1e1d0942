// The physical limit of a bureau import, for the benchmarks (bench/, issue 17): raw libsodium
// calls on reused buffers with none of the project's parsing, checks or allocation, so
// `sk_bench` can print "import rate / bare rate". Lives here because only crypto/ calls
// libsodium. Never used by the product.
#pragma once

#include <cstddef>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"

namespace sk::crypto::baseline {

// One worker's share of the bare import loop: one Ed25519 verify (context "batch") of each
// signed batch file in `files` (the last 64 bytes sign everything before them), then for each
// single-recipient sealed record in `envelopes`: crypto_box_seal_open of its 80-byte sealed
// key and the XChaCha20-Poly1305 open of its body, into two buffers sodium_malloc'd once.
// Returns how many files verified plus how many records opened; the caller runs one call
// per thread on disjoint slices and checks the total.
size_t bare_import_slice(const std::vector<ByteView>& files, const std::vector<ByteView>& envelopes,
                         const SignPublicKey& kiosk_pk, const SealKeyPair& recipient);

}  // namespace sk::crypto::baseline
