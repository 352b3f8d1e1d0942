#include "sk/bureau/file_io.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>

namespace sk::bureau {

namespace fs = std::filesystem;

Result<Bytes> read_file(const fs::path& p, size_t max_bytes) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) {
        return Error{fs::exists(p, ec) ? Errc::io_error : Errc::not_found,
                     p.string() + (fs::exists(p, ec) ? " is not a regular file" : " not found")};
    }
    const uintmax_t size = fs::file_size(p, ec);
    if (ec) return Error{Errc::io_error, "cannot stat " + p.string() + ": " + ec.message()};
    if (size > max_bytes) {
        return Error{Errc::bad_format, p.string() + " is too large (" + std::to_string(size) +
                                           " bytes, limit " + std::to_string(max_bytes) + ")"};
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) return Error{Errc::io_error, "cannot open " + p.string()};
    Bytes out(static_cast<size_t>(size));
    if (size > 0 && !in.read(reinterpret_cast<char*>(out.data()), static_cast<long>(size))) {
        return Error{Errc::io_error, "cannot read " + p.string()};
    }
    return out;
}

namespace {

// Makes the temp file beside `p` (mode set at creation), lets `fill` write it, then fsyncs
// and moves it into place. On any failure the temp file is removed and `p` is untouched.
Result<void> write_via_temp(const fs::path& p, bool exclusive, unsigned mode,
                            const std::function<Result<void>(int fd, const fs::path& tmp)>& fill) {
    std::error_code ec;
    if (exclusive && fs::exists(p, ec)) {
        return Error{Errc::already_exists, p.string() + " already exists; not overwriting it"};
    }
    const fs::path tmp = p.string() + ".tmp" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        return Error{Errc::io_error, "cannot create " + tmp.string() + ": " + std::strerror(errno)};
    }
    auto filled = fill(fd, tmp);
    if (!filled) {
        ::close(fd);
        ::unlink(tmp.c_str());
        return filled.error();
    }
    // fsync through a descriptor opened after `fill`: a library that wrote the path itself
    // (libxlsxwriter) replaced nothing but the content, so our fd and a fresh one agree.
    const int sfd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = sfd >= 0 && ::fsync(sfd) == 0;
    if (sfd >= 0) ::close(sfd);
    ::close(fd);
    if (!synced) {
        ::unlink(tmp.c_str());
        return Error{Errc::io_error, "cannot sync " + p.string()};
    }
    // link() refuses to replace, so an exclusive write never clobbers a file that appeared
    // meanwhile; rename() is the ordinary atomic replace.
    const int rc = exclusive ? ::link(tmp.c_str(), p.c_str()) : ::rename(tmp.c_str(), p.c_str());
    const int err = errno;
    ::unlink(tmp.c_str());
    if (rc != 0) {
        return Error{err == EEXIST ? Errc::already_exists : Errc::io_error,
                     "cannot write " + p.string() + ": " + std::strerror(err)};
    }
    return ok();
}

}  // namespace

Result<void> write_file(const fs::path& p, ByteView data, bool exclusive, unsigned mode) {
    return write_via_temp(p, exclusive, mode, [&](int fd, const fs::path&) -> Result<void> {
        size_t off = 0;
        while (off < data.size) {
            const ssize_t n = ::write(fd, data.data + off, data.size - off);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                const int err = errno;
                return Error{err == ENOSPC ? Errc::disk_full : Errc::io_error,
                             "cannot write " + p.string() + ": " + std::strerror(err)};
            }
            off += static_cast<size_t>(n);
        }
        return ok();
    });
}

Result<void> write_file_from(const fs::path& p, bool exclusive, unsigned mode,
                             const std::function<Result<void>(const fs::path& tmp)>& produce) {
    return write_via_temp(p, exclusive, mode,
                          [&](int, const fs::path& tmp) { return produce(tmp); });
}

}  // namespace sk::bureau
