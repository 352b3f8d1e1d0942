#include "sk/kiosk_sync/usb_drives.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace sk::kiosk_sync {
namespace {

// mountinfo fields before the " - " separator: id parent maj:min root mount-point options...
constexpr size_t kMajorMinorField = 2;
constexpr size_t kMountPointField = 4;
constexpr size_t kMinFieldsBeforeSeparator = 6;
constexpr size_t kMaxMountinfoBytes = 4u << 20;

// The kernel escapes space, tab, newline and backslash as \ooo.
std::string unescape_octal(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && s.size() - i > 3 &&
            std::all_of(s.begin() + long(i) + 1, s.begin() + long(i) + 4,
                        [](char c) { return c >= '0' && c <= '7'; })) {
            out.push_back(char((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0')));
            i += 3;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

std::vector<std::string> split_words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::string read_small_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::string text;
    if (!in) return text;
    text.resize(kMaxMountinfoBytes);
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(size_t(in.gcount()));
    return text;
}

// /sys/dev/block/MAJ:MIN is the device (partition or disk); `removable` lives on the disk,
// which for a partition is the parent directory of the symlink's target.
bool is_removable(const std::filesystem::path& sysfs, const std::string& major_minor) {
    const auto dev = sysfs / "dev" / "block" / major_minor;
    for (const auto& flag : {dev / "removable", dev / ".." / "removable"}) {
        std::error_code ec;
        if (!std::filesystem::exists(flag, ec)) continue;
        return read_small_file(flag).substr(0, 1) == "1";
    }
    return false;
}

}  // namespace

std::vector<MountEntry> parse_mountinfo(std::string_view text) {
    std::vector<MountEntry> entries;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        const auto words = split_words(line);
        const auto sep = std::find(words.begin(), words.end(), "-");
        const auto before = size_t(sep - words.begin());
        if (sep == words.end() || before < kMinFieldsBeforeSeparator || words.end() - sep < 3)
            continue;
        MountEntry e;
        e.major_minor = words[kMajorMinorField];
        e.mount_point = unescape_octal(words[kMountPointField]);
        e.fs_type = *(sep + 1);
        e.source = unescape_octal(*(sep + 2));
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<UsbDrive> find_usb_drives(const DriveScanPaths& paths) {
    std::vector<UsbDrive> fixed, removable;
    for (const MountEntry& e : parse_mountinfo(read_small_file(paths.mountinfo))) {
        const bool seen =
            std::any_of(fixed.begin(), fixed.end(),
                        [&](const UsbDrive& d) { return d.mount_point == e.mount_point; }) ||
            std::any_of(removable.begin(), removable.end(),
                        [&](const UsbDrive& d) { return d.mount_point == e.mount_point; });
        if (seen) continue;
        if (e.mount_point == paths.fixed_mount_point) {
            fixed.push_back({e.mount_point, e.source});
        } else if (e.major_minor.rfind("0:", 0) != 0 && is_removable(paths.sysfs, e.major_minor)) {
            removable.push_back({e.mount_point, e.source});
        }
    }
    std::sort(removable.begin(), removable.end(),
              [](const UsbDrive& a, const UsbDrive& b) { return a.mount_point < b.mount_point; });
    fixed.insert(fixed.end(), removable.begin(), removable.end());
    return fixed;
}

}  // namespace sk::kiosk_sync
