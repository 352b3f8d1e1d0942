// The DEMO bureau key set, derived from a fixed, published seed. INSECURE: anyone can
// compute the secret keys from this file and read every record sealed to the demo key.
// Only `kiosk --demo` and the tests use it; a real kiosk is provisioned with the bureau's
// own key (bureau tool). The demo secret key file's passphrase is "demo".
#pragma once

#include <filesystem>
#include <string_view>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::demo {

// Published seed text: the keys are BLAKE2b-256(seed text || "/seal") and (... || "/sign").
constexpr std::string_view kDemoSeedText =
    "school-kiosk DEMO bureau key -- INSECURE, PUBLIC SEED -- v1";
constexpr std::string_view kDemoPassphrase = "demo";

crypto::BureauSecretKeys demo_bureau_keys();

// Writes bureau.pub (88 bytes), bureau.sec (passphrase "demo", Argon2id minimum cost, fixed
// salt and nonce so the bytes are reproducible) and one <name>.bundle per
// <surveys_dir>/<name>.json, signed with the demo signing key.
Result<void> write_demo_assets(const std::filesystem::path& surveys_dir,
                               const std::filesystem::path& out_dir);

}  // namespace sk::demo
