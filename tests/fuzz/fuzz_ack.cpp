// libFuzzer target: acknowledgements (docs/FORMAT.md §7), as a kiosk reads them.
// Invariant on an ack that verifies: writing it again and reading that back gives the same
// ack (the writer accepts everything the reader accepts, and nothing is lost on the way).
#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/ack.hpp"

namespace {

using namespace sk;

bool same(const sync::Ack& a, const sync::Ack& b) {
    return a.kiosk == b.kiosk && a.issued == b.issued && a.batches == b.batches;
}

void check_file(ByteView file) {
    const crypto::KeyId me = fuzz::kiosk_a().id();
    const auto ack = sync::verify_ack(file, fuzz::bureau_signer().pk, me);
    fuzz::require_clean_error(ack);
    if (!ack) return;
    fuzz::require(ack->kiosk == me);
    auto rebuilt = sync::build_ack(*ack, fuzz::bureau_signer());
    fuzz::require(rebuilt.ok());
    const auto again = sync::verify_ack(*rebuilt, fuzz::bureau_signer().pk, me);
    fuzz::require(again.ok() && same(*ack, *again));
    // Compact canonical output: rebuilding the rebuilt ack changes no byte.
    auto twice = sync::build_ack(*again, fuzz::bureau_signer());
    fuzz::require(twice.ok() && *twice == *rebuilt);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        check_file(in);
    } else {
        check_file(crypto::make_signed_file(crypto::SignContext::ack, in, fuzz::bureau_signer()));
    }
    return 0;
}
