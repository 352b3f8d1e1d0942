// libFuzzer target: sealed record envelopes (docs/FORMAT.md §3), which the bureau opens from
// every imported batch. Two input shapes, chosen by the first byte:
// - 0x01 (the envelope version): the whole input is an envelope, parsed and opened with the key
//   the §3 vectors are sealed to;
// - anything else: the rest of the input is a plaintext, sealed deterministically to that
//   key and opened again, which must give back the plaintext in a record of the sizes §3.2
//   promises.
#include "fuzz_support.hpp"
#include "sk/crypto/seal.hpp"

namespace {

using namespace sk;

constexpr uint8_t kEnvelopeMode = crypto::kEnvelopeVersion;

void check_envelope(ByteView env) {
    const auto hdr = crypto::peek_sealed_header(env);
    fuzz::require_clean_error(hdr);
    const auto plain = crypto::open_record(env, fuzz::record_vector_recipient());
    fuzz::require_clean_error(plain);
    // Opening parses the same header first: it cannot succeed where peeking fails.
    if (plain) fuzz::require(hdr.ok());
    if (!hdr) return;
    fuzz::require(!hdr->recipients.empty() && hdr->recipients.size() <= crypto::kMaxRecipients);
    if (plain)
        fuzz::require(crypto::envelope_size(plain->size(), hdr->recipients.size()) == env.size);
}

void check_sealed(ByteView plaintext) {
    const crypto::RecordId id{};
    const Bytes seed(32, 0x01);
    const auto env = crypto::seal_record_deterministic(crypto::RecordKind::tip, id, plaintext,
                                                       {fuzz::record_vector_recipient().pk}, seed);
    fuzz::require_clean_error(env);
    fuzz::require(env.ok() == (plaintext.size <= crypto::kMaxPlaintextBytes));
    if (!env) return;
    fuzz::require(env->size() == crypto::envelope_size(plaintext.size, 1));
    const auto opened = crypto::open_record(*env, fuzz::record_vector_recipient());
    fuzz::require(opened.ok());
    fuzz::require(crypto::equal_ct(opened->view(), plaintext));
    fuzz::require(opened->size() == plaintext.size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (size > 0 && data[0] == kEnvelopeMode) {
        check_envelope(in);
    } else if (size > 0) {
        check_sealed(in.sub(1, size - 1));
    }
    return 0;
}
