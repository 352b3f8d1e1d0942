#include "key_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk/storage/sql/database.hpp"

namespace sk::storage::detail {

namespace fs = std::filesystem;

namespace {

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() {
        const int f = fd_;
        fd_ = -1;
        return f;
    }

  private:
    int fd_;
};

Error sys_error(const std::string& what) {
    const int e = errno;
    const Errc c = (e == ENOSPC || e == EDQUOT || e == EFBIG) ? Errc::disk_full : Errc::io_error;
    return Error{c, what + ": " + std::strerror(e)};
}

std::string octal_mode(mode_t m) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04o", static_cast<unsigned>(m & 07777));
    return buf;
}

Result<void> fsync_dir(const fs::path& dir) {
    Fd d(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (d.get() < 0) return sys_error("cannot open directory " + dir.string());
    if (::fsync(d.get()) != 0) return sys_error("cannot sync directory " + dir.string());
    return ok();
}

// rename(2) would silently replace a key file that appeared meanwhile; RENAME_NOREPLACE (or
// link(2) where the file system lacks it) fails instead.
int move_noreplace(const char* from, const char* to) {
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
    if (::link(from, to) != 0) return -1;
    ::unlink(from);
    return 0;
}

}  // namespace

Result<crypto::SecureBuffer> read_key_file(const fs::path& path) {
    const std::string name = path.string();
    Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return Error{Errc::not_found, "key file " + name + " not found"};
        if (errno == ELOOP) return Error{Errc::io_error, "key file " + name + " is a symlink"};
        return sys_error("cannot open key file " + name);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return sys_error("cannot stat key file " + name);
    if (!S_ISREG(st.st_mode)) {
        return Error{Errc::io_error, "key file " + name + " is not a regular file"};
    }
    if ((st.st_mode & 077) != 0) {
        return Error{Errc::io_error, "key file " + name + " has mode " + octal_mode(st.st_mode) +
                                         ", readable or writable by others; run: chmod 600 " +
                                         name};
    }
    if (st.st_size != static_cast<off_t>(sql::kDbKeyBytes)) {
        return Error{Errc::bad_format, "key file " + name + " has " + std::to_string(st.st_size) +
                                           " bytes, expected " + std::to_string(sql::kDbKeyBytes)};
    }
    crypto::SecureBuffer key(sql::kDbKeyBytes);
    size_t got = 0;
    while (got < key.size()) {
        const ssize_t n = ::read(fd.get(), key.data() + got, key.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return sys_error("cannot read key file " + name);
        got += static_cast<size_t>(n);
    }
    return key;
}

Result<void> write_new_key_file(const fs::path& path, ByteView key) {
    const std::string name = path.string();
    const fs::path tmp = path.string() + ".tmp";
    // A leftover temp file is from a crash before the move: its key was never used.
    ::unlink(tmp.c_str());
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0) return sys_error("cannot create key file " + tmp.string());
    auto fail = [&](const std::string& what) {
        Error e = sys_error(what);
        ::unlink(tmp.c_str());
        return e;
    };
    if (::fchmod(fd.get(), 0600) != 0) return fail("cannot set mode of " + tmp.string());
    size_t put = 0;
    while (put < key.size) {
        const ssize_t n = ::write(fd.get(), key.data + put, key.size - put);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail("cannot write key file " + tmp.string());
        put += static_cast<size_t>(n);
    }
    if (::fsync(fd.get()) != 0) return fail("cannot sync key file " + tmp.string());
    if (::close(fd.release()) != 0) return fail("cannot close key file " + tmp.string());
    if (move_noreplace(tmp.c_str(), path.c_str()) != 0) {
        if (errno == EEXIST) {
            ::unlink(tmp.c_str());
            return Error{Errc::already_exists, "key file " + name + " already exists"};
        }
        return fail("cannot move key file into place at " + name);
    }
    return fsync_dir(path.parent_path());
}

crypto::SecureBuffer raw_key_spec(ByteView key) {
    static const char kHex[] = "0123456789abcdef";
    crypto::SecureBuffer spec(3 + 2 * key.size);
    uint8_t* p = spec.data();
    *p++ = 'x';
    *p++ = '\'';
    for (uint8_t b : key) {
        *p++ = static_cast<uint8_t>(kHex[b >> 4]);
        *p++ = static_cast<uint8_t>(kHex[b & 0x0f]);
    }
    *p = '\'';
    return spec;
}

}  // namespace sk::storage::detail
