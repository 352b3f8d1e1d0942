// Where the kiosk and kioskctl find their assets (i18n/, tips/, surveys/) when no --assets
// is given. The same binary runs from the build tree (tests, deploy/run-demo) and from the
// Debian package, so the choice is made at run time, not at compile time.
#pragma once

#include <filesystem>
#include <string_view>

namespace sk::kiosk_sync {

// Installed layout: <prefix>/bin/<exe> with assets in <prefix>/share/school-kiosk.
inline constexpr std::string_view kInstalledAssetsSubdir = "share/school-kiosk";

// `exe` is the running executable (/proc/self/exe). Returns <exe>/../../share/school-kiosk
// when it holds an i18n/ folder (an installed binary), else `build_tree_assets`.
std::filesystem::path default_assets_dir(const std::filesystem::path& exe,
                                         const std::filesystem::path& build_tree_assets);

// The same for the running process.
std::filesystem::path default_assets_dir(const std::filesystem::path& build_tree_assets);

}  // namespace sk::kiosk_sync
