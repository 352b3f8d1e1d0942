// KioskStore: the reserve file that lets a full kiosk disk be drained (docs/KIOSKCTL.md,
// "A full disk"). A plain file of zeros next to the database: it holds no data, only space.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "kiosk_store_impl.hpp"

namespace sk::storage {

namespace fs = std::filesystem;

namespace {

// What must stay free besides the reserve before it is made, and what a batch needs beside
// its own bytes (WAL headers, b-tree and free-list pages, the event log row).
constexpr uint64_t kMarginBytes = 1024u * 1024u;

// Free bytes an unprivileged process may use on the filesystem holding `p`.
Result<uint64_t> free_bytes(const fs::path& p) {
    struct statvfs sv {};
    if (::statvfs(p.c_str(), &sv) != 0) {
        return Error{Errc::io_error, "cannot read the free space of " + p.string()};
    }
    return uint64_t(sv.f_bavail) * uint64_t(sv.f_frsize);
}

fs::path dir_of(const fs::path& db_path) {
    return db_path.has_parent_path() ? db_path.parent_path() : fs::path(".");
}

// A file-size cap (RLIMIT_FSIZE) below the reserve would kill us with SIGXFSZ.
bool size_cap_allows(uint64_t bytes) {
    struct rlimit rl {};
    return ::getrlimit(RLIMIT_FSIZE, &rl) == 0 &&
           (rl.rlim_cur == RLIM_INFINITY || uint64_t(rl.rlim_cur) >= bytes);
}

}  // namespace

fs::path KioskStore::reserve_path_for(const fs::path& db_path) {
    return fs::path(db_path.string() + ".reserve");
}

bool KioskStore::has_reserve() const {
    std::error_code ec;
    return fs::is_regular_file(reserve_path_for(impl_->db.path()), ec);
}

void KioskStore::make_reserve() {
    if (has_reserve() || !size_cap_allows(kReserveBytes)) return;
    const fs::path path = reserve_path_for(impl_->db.path());
    auto avail = free_bytes(dir_of(impl_->db.path()));
    if (!avail || *avail < kReserveBytes + kMarginBytes) return;
    // Written under a temp name and renamed, so a reserve file is always whole.
    const fs::path tmp = path.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return;
    // posix_fallocate allocates real blocks (not a sparse file, which would reserve nothing).
    const bool made = ::posix_fallocate(fd, 0, off_t(kReserveBytes)) == 0 && ::fsync(fd) == 0;
    ::close(fd);
    if (!made || ::rename(tmp.c_str(), path.c_str()) != 0) ::unlink(tmp.c_str());
}

bool KioskStore::release_reserve(EventNote why) {
    std::error_code ec;
    const bool removed = fs::remove(reserve_path_for(impl_->db.path()), ec);
    if (removed) (void)log_event(EventLevel::warning, EventCode::storage_error, 0, why);
    return removed;
}

Result<uint64_t> KioskStore::batch_bytes_that_fit() const {
    auto avail = free_bytes(dir_of(impl_->db.path()));
    if (!avail) return avail.error();
    const uint64_t space = *avail + (has_reserve() ? kReserveBytes : 0);
    return space > kMarginBytes ? (space - kMarginBytes) / 3 : 0;
}

}  // namespace sk::storage
