// libFuzzer target: kiosk settings, the bureau-signed part of a provisioning bundle
// (docs/FORMAT.md §10), as `kioskctl provision` reads it. Payload inputs go to the pure
// parser and, signed with the vector bureau key, through verify_kiosk_settings.
// Invariants on settings that parse: the writer accepts them, and its output parses back to
// the same settings and is canonical (writing the re-read settings changes no byte).
#include "fuzz_support.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/kiosk_settings.hpp"

namespace {

using namespace sk;

constexpr char kToday[] = "2000-01-01";

bool same(const sync::KioskSettings& a, const sync::KioskSettings& b) {
    return a.kiosk_name == b.kiosk_name && a.issued == b.issued && a.expires == b.expires &&
           a.idle_timeout_s == b.idle_timeout_s && a.tip_interval_s == b.tip_interval_s &&
           a.languages == b.languages && a.admin_pin_hash == b.admin_pin_hash &&
           a.bureau_keys == b.bureau_keys;
}

void check_roundtrip(const sync::KioskSettings& s) {
    const auto built = sync::build_kiosk_settings(s, fuzz::bureau_signer());
    fuzz::require(built.ok());
    const auto sf = crypto::open_signed_file(*built, crypto::SignContext::provisioning,
                                             fuzz::bureau_signer().pk);
    fuzz::require(sf.ok());
    const auto back = sync::parse_kiosk_settings(sf->payload);
    fuzz::require(back.ok() && same(s, *back));
    const auto twice = sync::build_kiosk_settings(*back, fuzz::bureau_signer());
    fuzz::require(twice.ok() && *twice == *built);
}

void check_payload(ByteView payload) {
    const auto s = sync::parse_kiosk_settings(payload);
    fuzz::require_clean_error(s);
    const Bytes file =
        crypto::make_signed_file(crypto::SignContext::provisioning, payload, fuzz::bureau_signer());
    const auto verified = sync::verify_kiosk_settings(file, fuzz::bureau_signer().pk, kToday);
    fuzz::require_clean_error(verified);
    // Verifying adds checks to parsing, never removes one.
    if (verified) fuzz::require(s.ok() && same(*s, *verified));
    if (s) check_roundtrip(*s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    if (fuzz::is_signed_file(in)) {
        fuzz::require_clean_error(
            sync::verify_kiosk_settings(in, fuzz::bureau_signer().pk, kToday));
    } else {
        check_payload(in);
    }
    return 0;
}
