// What the kiosk shows and seals to: the bureau key set, extra recipients, the installed
// (signature-checked, unexpired) surveys and the tip categories. Re-read after imports.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/survey/date.hpp"
#include "sk/survey/survey.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::kiosk {

struct Content {
    std::optional<crypto::BureauPublicKeys> bureau;  // nullopt: not provisioned
    std::vector<crypto::SealPublicKey> recipients;   // bureau seal key first, then extras
    std::vector<survey::Survey> surveys;
    int rejected_bundles = 0;  // stored bundles that failed verification or parsing
};

// Re-verifies every stored bundle against the installed bureau key (a bundle is only as
// trustworthy as its signature, even at rest) and drops expired ones from the list.
Result<Content> load_content(const storage::KioskStore& store, const survey::Date& today);

Result<survey::TipCategories> load_tip_categories(const std::filesystem::path& assets_dir);

// --demo: installs assets/demo/bureau.pub, the demo admin PIN and assets/demo/*.bundle
// (verified with the demo key) when not installed yet. Never overwrites a different key.
Result<void> provision_demo(storage::KioskStore& store, const std::filesystem::path& assets_dir,
                            const survey::Date& today);

Result<Bytes> read_binary_file(const std::filesystem::path& p);

}  // namespace sk::kiosk
