// libFuzzer target: bureau key rotation statements (docs/FORMAT.md §11), as a kiosk reads
// them from a provisioning stick. Payload inputs go to the pure parser and, signed with the
// key the kiosk trusts (the §2.1 vector key set: seal seed 11×32, sign seed 22×32), through
// verify_rotation_statement. Invariants on a statement that parses: its key files are the
// canonical encodings of its keys, old and new differ, and verifying never accepts what
// parsing refuses.
#include "fuzz_support.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/rotation_statement.hpp"

namespace {

using namespace sk;

const crypto::SignKeyPair& trusted_signer() {
    static const crypto::SignKeyPair k =
        (fuzz::init_crypto(), crypto::sign_keypair_from_seed(fuzz::repeated(0x22, 32)));
    return k;
}

const crypto::BureauPublicKeys& trusted_keys() {
    static const crypto::BureauPublicKeys k = [] {
        crypto::BureauPublicKeys keys;
        keys.seal_pk = crypto::seal_keypair_from_seed(fuzz::repeated(0x11, 32)).pk;
        keys.sign_pk = trusted_signer().pk;
        return keys;
    }();
    return k;
}

void check_statement(const sync::RotationStatement& st) {
    fuzz::require(st.new_keys_file == crypto::encode_bureau_public(st.new_keys));
    fuzz::require(!(st.old_keys == st.new_keys));
}

void check_payload(ByteView payload) {
    const auto st = sync::parse_rotation_statement(payload);
    fuzz::require_clean_error(st);
    if (st) check_statement(*st);
    const Bytes file =
        crypto::make_signed_file(crypto::SignContext::key_rotation, payload, trusted_signer());
    const auto verified = sync::verify_rotation_statement(file, trusted_keys());
    fuzz::require_clean_error(verified);
    if (verified) {
        fuzz::require(st.ok() && verified->old_keys == trusted_keys());
        check_statement(*verified);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        fuzz::require_clean_error(sync::verify_rotation_statement(in, trusted_keys()));
    } else {
        check_payload(in);
    }
    return 0;
}
