#include "sk/kiosk_sync/assets_dir.hpp"

#include <system_error>

namespace sk::kiosk_sync {

std::filesystem::path default_assets_dir(const std::filesystem::path& exe,
                                         const std::filesystem::path& build_tree_assets) {
    const std::filesystem::path installed =
        exe.parent_path().parent_path() / std::filesystem::path(kInstalledAssetsSubdir);
    std::error_code ec;
    if (!exe.empty() && std::filesystem::is_directory(installed / "i18n", ec)) return installed;
    return build_tree_assets;
}

std::filesystem::path default_assets_dir(const std::filesystem::path& build_tree_assets) {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return default_assets_dir(ec ? std::filesystem::path() : exe, build_tree_assets);
}

}  // namespace sk::kiosk_sync
