// libFuzzer target: the kiosk identity file (docs/FORMAT.md §2.2, `kiosk.pub`), read by
// `bureau kiosk add --pubkey`. Invariant: a file that decodes is exactly what the encoder
// writes for that key.
#include "fuzz_support.hpp"
#include "sk/crypto/key_files.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sk;
    const ByteView in = fuzz::input(data, size);
    const auto pk = crypto::decode_kiosk_public(in);
    fuzz::require_clean_error(pk);
    if (!pk) return 0;
    fuzz::require(crypto::encode_kiosk_public(*pk) == in.to_bytes());
    return 0;
}
