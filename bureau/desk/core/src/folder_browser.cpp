#include "sk/desk/folder_browser.hpp"

#include <algorithm>
#include <cstdlib>

namespace sk::desk {

namespace fs = std::filesystem;

fs::path FolderBrowser::default_start() {
    std::error_code ec;
    if (const char* user = std::getenv("USER"); user && *user) {
        const fs::path media = fs::path("/media") / user;
        if (fs::is_directory(media, ec)) return media;
    }
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    return "/";
}

Result<void> FolderBrowser::open(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Error{Errc::io_error, "cannot open " + dir.string() + ": " + ec.message()};
    std::vector<FolderEntry> list;
    for (const auto& e : it) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        list.push_back(FolderEntry{name, e.is_directory(ec), false});
    }
    // Folders first, then files, each by name.
    std::sort(list.begin(), list.end(), [](const FolderEntry& a, const FolderEntry& b) {
        return a.is_dir != b.is_dir ? a.is_dir : a.name < b.name;
    });
    dir_ = fs::absolute(dir, ec).lexically_normal();
    entries_ = std::move(list);
    return ok();
}

Result<void> FolderBrowser::up() {
    const fs::path parent = dir_.has_relative_path() ? dir_.parent_path() : dir_;
    return open(parent);
}

Result<void> FolderBrowser::enter(size_t entry) {
    if (entry >= entries_.size() || !entries_[entry].is_dir) {
        return Error{Errc::invalid_argument, "not a folder"};
    }
    return open(dir_ / entries_[entry].name);
}

void FolderBrowser::toggle(size_t entry) {
    if (entry < entries_.size() && !entries_[entry].is_dir) {
        entries_[entry].selected = !entries_[entry].selected;
    }
}

std::vector<fs::path> FolderBrowser::chosen() const {
    std::vector<fs::path> out;
    for (const auto& e : entries_) {
        if (e.selected) out.push_back(dir_ / e.name);
    }
    if (out.empty() && !dir_.empty()) out.push_back(dir_);
    return out;
}

}  // namespace sk::desk
