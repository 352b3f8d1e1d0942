// USB drive detection for the admin screen: a fake /proc/self/mountinfo and a fake /sys.
#include <catch2/catch.hpp>

#include <fstream>

#include "../common/temp_dir.hpp"
#include "sk/kiosk_sync/usb_drives.hpp"

namespace fs = std::filesystem;
using sk::kiosk_sync::DriveScanPaths;
using sk::kiosk_sync::find_usb_drives;
using sk::kiosk_sync::parse_mountinfo;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

// A disk `name` with `removable` and one partition, linked from /sys/dev/block as the kernel
// does (the partition's symlink target sits inside the disk's directory).
void fake_disk(const fs::path& sys, const std::string& name, const std::string& disk_mm,
               const std::string& part_mm, bool removable) {
    const fs::path disk = sys / "devices" / "pci0" / "block" / name;
    write(disk / "removable", removable ? "1\n" : "0\n");
    fs::create_directories(disk / (name + "1"));
    fs::create_directories(sys / "dev" / "block");
    fs::create_directory_symlink(fs::path("../../devices/pci0/block") / name,
                                 sys / "dev" / "block" / disk_mm);
    fs::create_directory_symlink(fs::path("../../devices/pci0/block") / name / (name + "1"),
                                 sys / "dev" / "block" / part_mm);
}

const char* kMountinfo =
    "22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw\n"
    "23 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw\n"
    "90 22 8:17 / /media/admin/KIOSK\\040STICK rw,nosuid shared:40 - vfat /dev/sdb1 rw\n"
    "91 22 8:33 / /media/school-kiosk-usb rw,nosuid shared:41 - exfat /dev/sdc1 rw\n"
    "92 22 8:48 / /mnt/whole rw shared:42 - vfat /dev/sdd rw\n"
    "garbage line\n";

}  // namespace

TEST_CASE("parse_mountinfo reads device, mount point with escapes, type and source") {
    const auto e = parse_mountinfo(kMountinfo);
    REQUIRE(e.size() == 5);
    CHECK(e[0].major_minor == "8:2");
    CHECK(e[0].mount_point == "/");
    CHECK(e[2].mount_point == "/media/admin/KIOSK STICK");
    CHECK(e[2].fs_type == "vfat");
    CHECK(e[2].source == "/dev/sdb1");
    // Optional fields (shared:N) before the separator do not shift the fields after it.
    CHECK(e[3].fs_type == "exfat");
}

TEST_CASE("find_usb_drives lists the fixed mount point first, then removable drives") {
    sk::testing::TempDir tmp("sk-usb");
    fake_disk(tmp.path() / "sys", "sda", "8:0", "8:2", false);
    fake_disk(tmp.path() / "sys", "sdb", "8:16", "8:17", true);
    // sdc reports non-removable (a USB SSD): found only through the fixed mount point.
    fake_disk(tmp.path() / "sys", "sdc", "8:32", "8:33", false);
    fake_disk(tmp.path() / "sys", "sdd", "8:48", "8:49", true);
    write(tmp / "mountinfo", kMountinfo);

    DriveScanPaths paths;
    paths.mountinfo = tmp / "mountinfo";
    paths.sysfs = tmp.path() / "sys";
    const auto drives = find_usb_drives(paths);
    REQUIRE(drives.size() == 3);
    CHECK(drives[0].mount_point == "/media/school-kiosk-usb");
    CHECK(drives[0].source == "/dev/sdc1");
    CHECK(drives[1].mount_point == "/media/admin/KIOSK STICK");
    CHECK(drives[2].mount_point == "/mnt/whole");  // a whole-disk file system
}

TEST_CASE("find_usb_drives finds nothing without removable drives or readable files") {
    sk::testing::TempDir tmp("sk-usb");
    fake_disk(tmp.path() / "sys", "sda", "8:0", "8:2", false);
    write(tmp / "mountinfo", "22 1 8:2 / / rw shared:1 - ext4 /dev/sda2 rw\n");
    DriveScanPaths paths;
    paths.mountinfo = tmp / "mountinfo";
    paths.sysfs = tmp.path() / "sys";
    CHECK(find_usb_drives(paths).empty());
    paths.mountinfo = tmp / "missing";
    CHECK(find_usb_drives(paths).empty());
}
