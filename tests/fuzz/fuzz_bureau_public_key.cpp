// libFuzzer target: the bureau public key file (docs/FORMAT.md §2.1, `bureau.pub`), read by
// `kioskctl init --bureau-keys` and `--extra-recipient`. Invariant: a file that decodes is
// exactly what the encoder writes for those keys.
#include "fuzz_support.hpp"
#include "sk/crypto/key_files.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sk;
    const ByteView in = fuzz::input(data, size);
    const auto keys = crypto::decode_bureau_public(in);
    fuzz::require_clean_error(keys);
    if (!keys) return 0;
    fuzz::require(crypto::encode_bureau_public(*keys) == in.to_bytes());
    return 0;
}
