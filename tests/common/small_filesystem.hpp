// A real, small filesystem for full-disk tests: a tmpfs of a given size mounted on a directory
// in a mount namespace of this test process's own (children such as kioskctl inherit it; the
// rest of the machine never sees the mount, and it goes away with the process). Needs root
// (CI runs as root) or unprivileged user namespaces; `available()` says whether it worked so a
// test can skip with a message instead of failing elsewhere. fill() writes a filler file until
// the filesystem says ENOSPC: a disk really full, not a per-process file-size cap.
#pragma once

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace sk::testing {

class SmallFilesystem {
  public:
    SmallFilesystem(const std::filesystem::path& mount_point, uint64_t bytes) : dir_(mount_point) {
        std::filesystem::create_directories(dir_);
        if (!enter_private_namespace(why_)) return;
        const std::string opts = "size=" + std::to_string(bytes) + ",mode=0700";
        if (::mount("tmpfs", dir_.c_str(), "tmpfs", 0, opts.c_str()) != 0) {
            why_ = std::string("mount tmpfs: ") + std::strerror(errno);
            return;
        }
        mounted_ = true;
    }
    ~SmallFilesystem() {
        if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
    }
    SmallFilesystem(const SmallFilesystem&) = delete;
    SmallFilesystem& operator=(const SmallFilesystem&) = delete;

    bool available() const { return mounted_; }
    const std::string& why_not() const { return why_; }
    const std::filesystem::path& dir() const { return dir_; }

    // Writes dir/name until the filesystem is full; returns the bytes written.
    uint64_t fill(const std::string& name = "filler") const {
        const std::string path = (dir_ / name).string();
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0) return 0;
        std::vector<char> block(64 * 1024, 'x');
        uint64_t total = 0;
        for (size_t chunk = block.size(); chunk > 0;) {
            const ssize_t n = ::write(fd, block.data(), chunk);
            if (n > 0) {
                total += uint64_t(n);
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                chunk /= 2;  // the last blocks: down to single bytes
            }
        }
        ::fsync(fd);
        ::close(fd);
        return total;
    }

  private:
    // Own mount namespace, with every mount private so nothing propagates back to the host.
    static bool enter_private_namespace(std::string& why) {
        if (::unshare(CLONE_NEWNS) != 0) {
            // Not root: a user namespace maps us to root inside it (if the kernel allows).
            const uid_t uid = ::getuid();
            const gid_t gid = ::getgid();
            if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
                why = std::string("unshare: ") + std::strerror(errno);
                return false;
            }
            std::ofstream("/proc/self/setgroups") << "deny";
            std::ofstream("/proc/self/uid_map") << "0 " << uid << " 1";
            std::ofstream("/proc/self/gid_map") << "0 " << gid << " 1";
        }
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            why = std::string("make mounts private: ") + std::strerror(errno);
            return false;
        }
        return true;
    }

    std::filesystem::path dir_;
    bool mounted_ = false;
    std::string why_;
};

}  // namespace sk::testing
