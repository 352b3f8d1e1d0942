// Kiosk settings (docs/FORMAT.md §10): the bureau-signed part of a provisioning bundle. It
// names the kiosk, sets its timeouts and languages, carries the initial admin PIN hash and
// binds the bureau public key file that travels beside it, so swapping that file on the
// stick is detected.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::sync {

inline constexpr char kKioskSettingsFormat[] = "sk-kiosk-settings-1";
constexpr size_t kMaxPinHashBytes = 256;
constexpr size_t kMaxLanguages = 8;
constexpr uint32_t kMinIdleTimeoutS = 10, kMaxIdleTimeoutS = 3600;
constexpr uint32_t kMaxTipIntervalS = 86400;

struct KioskSettings {
    std::string kiosk_name;
    std::string issued;   // RFC 3339 UTC; a re-provisioning bundle must be newer
    std::string expires;  // "YYYY-MM-DD": last day the bundle may be applied
    uint32_t idle_timeout_s = 90;
    uint32_t tip_interval_s = 600;
    std::vector<std::string> languages;  // language tags, first = default
    std::string admin_pin_hash;          // crypto::hash_pin output ("$argon2id$...")
    Bytes bureau_keys;                   // the 88-byte bureau public key file (§2.1)
};

// Pure JSON payload parser (no signature, no clock): every member checked as in §10.2.
// Errc::bad_format naming the member, Errc::unsupported_version for another "format".
// Exposed for fuzzing.
Result<KioskSettings> parse_kiosk_settings(ByteView payload);

// Checks like the parser (Errc::invalid_argument), writes compact JSON, signs it with
// context "provisioning".
Result<Bytes> build_kiosk_settings(const KioskSettings& s, const crypto::SignKeyPair& bureau);

// Opens the signed file with the bureau's signing key, parses the payload, checks that the
// payload's bureau_keys decode and name `bureau_pk` as their signing key, and refuses a
// bundle whose `expires` is before `today` (Errc::conflict "... expired on ...").
Result<KioskSettings> verify_kiosk_settings(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                            std::string_view today_yyyy_mm_dd);

}  // namespace sk::sync
