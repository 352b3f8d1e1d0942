// Applying a provisioning bundle (docs/FORMAT.md §10, docs/adr/0005): a directory from the
// bureau with bureau.pub, kiosk-settings.skprov, survey bundles and key rotation statements.
//
// Trust: a kiosk without a database trusts the bureau key in the bundle (trust on first use
// of the USB stick, docs/THREAT_MODEL.md). A provisioned kiosk accepts only a bundle signed
// by the bureau key it trusts, or by a key reached from it through rotation statements
// carried in the bundle. Everything is verified before anything is written: a refused
// bundle changes nothing on the kiosk (and creates no database).
#pragma once

#include <ctime>
#include <filesystem>
#include <string>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::kiosk_sync {

inline constexpr char kBundleBureauKeyFile[] = "bureau.pub";
inline constexpr char kBundleSettingsFile[] = "kiosk-settings.skprov";
inline constexpr char kBundleSurveyExt[] = ".sksurvey";
inline constexpr char kBundleRotationExt[] = ".skrotation";

// Settings the kiosk core reads (kiosk/core/src/app_impl.hpp) and those only kept here.
inline constexpr char kSettingKioskName[] = "kiosk.name";
inline constexpr char kSettingLanguages[] = "kiosk.languages";  // "zh-CN,en"
inline constexpr char kSettingProvisionedIssued[] = "kiosk.provisioned_issued";

struct ProvisionOutcome {
    std::string kiosk_name;
    bool first_time = true;  // false: re-provisioned, identity rotated
    crypto::KeyId previous_kiosk_id{};
    crypto::SignPublicKey kiosk_pk{};
    crypto::BureauPublicKeys bureau;
    size_t rotations_applied = 0;
    size_t surveys_installed = 0;
    std::filesystem::path pub_written;  // DIR/kiosk-<name>.pub
};

// `now` gives the local day for expiry checks. Errc::bad_format / bad_signature /
// wrong_key / conflict (expired, older than installed) with one line naming the file.
Result<ProvisionOutcome> provision_from_dir(const std::filesystem::path& bundle_dir,
                                            const std::filesystem::path& data_dir, std::time_t now);

// "kiosk-<name>.pub" with '/', '\\', control characters and a leading '.' replaced by '_'.
std::string kiosk_pub_file_name(const std::string& kiosk_name);

}  // namespace sk::kiosk_sync
