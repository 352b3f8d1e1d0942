// libFuzzer target: export batches (docs/FORMAT.md §6), as the bureau reads them.
// Invariants on a batch that parses: verify and parse agree, the writer rebuilds the exact
// same signed bytes from the parsed header and envelopes (the format has one encoding per
// content), and the size and hash helpers agree with the file.
#include <vector>

#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/batch.hpp"

namespace {

using namespace sk;

void check_rebuild(ByteView file, const sync::Batch& b) {
    std::vector<ByteView> envelopes;
    std::vector<size_t> sizes;
    for (const auto& r : b.records) {
        envelopes.emplace_back(r.envelope);
        sizes.push_back(r.envelope.size());
    }
    fuzz::require(sync::batch_file_size(sizes) == file.size);
    fuzz::require(b.hash == sync::batch_hash(file));
    auto rebuilt = sync::build_batch_in_order(b.header, envelopes, fuzz::kiosk_a());
    fuzz::require(rebuilt.ok());
    fuzz::require(*rebuilt == file.to_bytes());
}

void check_file(ByteView file) {
    const auto parsed = sync::parse_batch(file);
    fuzz::require_clean_error(parsed);
    const auto verified = sync::verify_batch(file, fuzz::kiosk_a().pk);
    fuzz::require_clean_error(verified);
    if (!verified) return;
    // Verifying only adds the signature check to parsing.
    fuzz::require(parsed.ok());
    fuzz::require(parsed->header == verified->header && parsed->kiosk == verified->kiosk);
    fuzz::require(parsed->records.size() == verified->records.size());
    fuzz::require(verified->kiosk == fuzz::kiosk_a().id());
    check_rebuild(file, *verified);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        check_file(in);
    } else {
        check_file(crypto::make_signed_file(crypto::SignContext::batch, in, fuzz::kiosk_a()));
    }
    return 0;
}
