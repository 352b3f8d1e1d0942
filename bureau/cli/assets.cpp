#include "assets.hpp"

#include <filesystem>

#include "cli_util.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

std::string default_asset_path(const std::string& rel) {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto installed = exe.parent_path().parent_path() / "share" / "bureau-tools" / rel;
    if (!ec && std::filesystem::is_regular_file(installed, ec)) return installed.string();
    return std::string(SK_ASSETS_DIR) + "/" + rel;
}

std::optional<survey::TipCategories> load_categories(const std::string& path, bool explicit_path) {
    auto bytes = read_file(path, 1u << 20);
    if (!bytes) {
        if (explicit_path) throw CliError("--categories: " + bytes.error().message);
        return std::nullopt;  // the default file is optional: ids are shown instead
    }
    auto c = survey::parse_tip_categories(bytes.value());
    if (!c) throw CliError(path + ": " + c.error().message);
    return std::move(c.value());
}

std::vector<std::string> category_ids(const std::string& path) {
    auto cats = load_categories(path, true);
    std::vector<std::string> ids;
    for (const auto& c : cats->categories) ids.push_back(c.id);
    return ids;
}

}  // namespace sk::bureau::cli
