// Writing provisioning bundles (docs/FORMAT.md §10, docs/adr/0005): what `bureau provision`
// puts on a USB stick for one kiosk, applied there with `kioskctl provision --from DIR`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

constexpr uint32_t kDefaultBundleValidDays = 30;
constexpr size_t kGeneratedPinDigits = 8;

struct ProvisionRequest {
    std::string kiosk_name;
    std::string pin;  // empty: a random 8-digit PIN is generated and returned
    uint32_t idle_timeout_s = 90;
    uint32_t tip_interval_s = 600;
    std::vector<std::string> languages{"zh-CN", "en"};
    uint32_t valid_days = kDefaultBundleValidDays;
};

struct ProvisionResult {
    std::string generated_pin;  // only when the request had none; shown once, never stored
    std::string issued, expires;
    size_t surveys = 0, rotations = 0;
    std::vector<std::filesystem::path> written;
};

// "…/kiosk-城关第一小学.pub" -> "城关第一小学", as `kioskctl provision` names the kiosk's
// public key file; "" for a file not named kiosk-<name>.pub.
std::string kiosk_name_from_pub_file(const std::filesystem::path& file);

// A random PIN of `digits` decimal digits (libsodium randombytes_uniform).
std::string random_pin(size_t digits);

// Writes DIR/bureau.pub, DIR/kiosk-settings.skprov, one <id>-v<version>.sksurvey per
// registered survey (latest version, not expired on `today`) and every rotation statement
// of the home. Errc::invalid_argument for a PIN or settings the kiosk would refuse.
Result<ProvisionResult> write_provisioning_bundle(Session& s, const std::filesystem::path& home,
                                                  const ProvisionRequest& req,
                                                  const std::filesystem::path& out_dir,
                                                  int64_t now_unix);

}  // namespace sk::bureau
