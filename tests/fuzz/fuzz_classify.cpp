// libFuzzer target: routing of incoming files by their signed-file context (classify_file,
// `kioskctl import --from DIR`, `bureau import`), over the signed-file container of
// docs/FORMAT.md §4. Invariants: classify and the container parser agree; a parsed container
// re-signed with its own context and payload parses to the same context and payload.
#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/classify.hpp"
#include "sk/sync/signed_payload.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sk;
    const ByteView in = fuzz::input(data, size);
    const auto ctx = sync::classify_file(in);
    fuzz::require_clean_error(ctx);
    const auto sf = crypto::parse_signed_file(in);
    fuzz::require_clean_error(sf);
    fuzz::require(ctx.ok() == sf.ok());
    if (!sf) return 0;
    fuzz::require(*ctx == sf->context);
    fuzz::require(crypto::context_from_name(crypto::context_name(sf->context)).ok());

    const auto expected = sync::parse_expected(in, sf->context, "file");
    fuzz::require(expected.ok() && expected->payload == sf->payload);

    const Bytes resigned = crypto::make_signed_file(sf->context, sf->payload, fuzz::kiosk_a());
    const auto back = crypto::open_signed_file(resigned, sf->context, fuzz::kiosk_a().pk);
    fuzz::require(back.ok() && back->context == sf->context && back->payload == sf->payload);
    return 0;
}
