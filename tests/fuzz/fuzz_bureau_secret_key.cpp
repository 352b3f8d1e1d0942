// libFuzzer target: the bureau secret key file (docs/FORMAT.md §2.3, `bureau.sec`), opened
// with the fixed passphrase of the FORMAT.md vector.
//
// The Argon2id cost comes from the (not yet authenticated) header. The reader refuses costs
// outside 1..64 passes and 8 KiB..1 GiB before running the KDF; inside that range a real
// cost takes seconds and up to 1 GiB, which would stall the fuzzer and trip its memory
// limit. So an accepted-but-expensive header is skipped here (it can only fail the AEAD tag
// anyway), and out-of-range headers still go to the reader, which must refuse them unrun.
//
// A second input shape reaches the checks behind the AEAD tag: an input that is not a key
// file supplies the key material, which is encrypted at minimum cost and read back. The
// reader must either return exactly those keys or refuse them as inconsistent.
#include <algorithm>

#include "fuzz_support.hpp"
#include "sk/crypto/key_files.hpp"

namespace {

using namespace sk;

constexpr char kPassphrase[] = "correct horse battery staple";
constexpr size_t kCostOffset = 8;
constexpr uint64_t kFuzzMaxOpslimit = 2;
constexpr uint64_t kFuzzMaxMemlimit = 64 * 1024;
constexpr uint64_t kReaderMaxOpslimit = 64;
constexpr uint64_t kReaderMaxMemlimit = 1ull << 30;
constexpr size_t kKeyMaterialBytes = 32 + 32 + 32 + 64;

bool too_slow_to_fuzz(ByteView file) {
    if (file.size != crypto::kBureauSecretFileBytes) return false;
    const uint64_t ops = get_u64le(file.data + kCostOffset);
    const uint64_t mem = get_u64le(file.data + kCostOffset + 8);
    const bool accepted =
        ops >= 1 && ops <= kReaderMaxOpslimit && mem >= 8192 && mem <= kReaderMaxMemlimit;
    return accepted && (ops > kFuzzMaxOpslimit || mem > kFuzzMaxMemlimit);
}

void check_file(ByteView file) {
    if (too_slow_to_fuzz(file)) return;
    const auto keys = crypto::decrypt_bureau_secret(file, kPassphrase);
    fuzz::require_clean_error(keys);
    if (!keys) return;
    fuzz::require(keys->seal_sk.size() == crypto::kSealSecretKeyBytes);
    fuzz::require(keys->sign_sk.size() == crypto::kSignSecretKeyBytes);
}

// Keys from the input, written by the real writer, read back by the real reader.
void check_written(ByteView material) {
    crypto::BureauSecretKeys k;
    std::copy_n(material.data, 32, k.pub.seal_pk.begin());
    std::copy_n(material.data + 32, 32, k.pub.sign_pk.begin());
    std::copy_n(material.data + 64, 32, k.seal_sk.data());
    std::copy_n(material.data + 96, 64, k.sign_sk.data());
    const Bytes salt(16, 0x66), nonce(24, 0x77);
    const Bytes file =
        crypto::encrypt_bureau_secret_with(k, kPassphrase, crypto::pwhash_min(), salt, nonce);
    fuzz::require(file.size() == crypto::kBureauSecretFileBytes);
    const auto back = crypto::decrypt_bureau_secret(file, kPassphrase);
    fuzz::require_clean_error(back);
    if (!back) {
        fuzz::require(back.error().code == Errc::bad_format);
        return;
    }
    fuzz::require(back->pub == k.pub);
    fuzz::require(crypto::equal_ct(back->seal_sk.view(), k.seal_sk.view()));
    fuzz::require(crypto::equal_ct(back->sign_sk.view(), k.sign_sk.view()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (size == kKeyMaterialBytes) {
        check_written(in);
    } else {
        check_file(in);
    }
    return 0;
}
