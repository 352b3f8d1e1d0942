// Finds mounted USB drives for the admin screen's export/import: the fixed mount point of
// the school-kiosk package (/media/school-kiosk-usb, mounted by its udev rule), and any
// other mount of a removable block device (udisks2, a technician's manual mount).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sk::kiosk_sync {

inline constexpr std::string_view kKioskUsbMountPoint = "/media/school-kiosk-usb";

// One line of /proc/self/mountinfo, the fields this module needs (octal escapes decoded).
struct MountEntry {
    std::string major_minor;  // "8:17"
    std::filesystem::path mount_point;
    std::string fs_type;
    std::string source;  // "/dev/sdb1"
};

// Skips lines it cannot parse.
std::vector<MountEntry> parse_mountinfo(std::string_view text);

struct UsbDrive {
    std::filesystem::path mount_point;
    std::string source;  // device, for the admin's eyes ("/dev/sdb1")
};

// Injectable for tests: a fake mountinfo file and a fake /sys tree.
struct DriveScanPaths {
    std::filesystem::path mountinfo = "/proc/self/mountinfo";
    std::filesystem::path sysfs = "/sys";
    std::filesystem::path fixed_mount_point{std::string(kKioskUsbMountPoint)};
};

// The fixed mount point first (when mounted), then removable drives by mount point.
// Unreadable files yield an empty list: no drive is offered, nothing fails.
std::vector<UsbDrive> find_usb_drives(const DriveScanPaths& paths = {});

}  // namespace sk::kiosk_sync
