#include "sk/bureau/file_io.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

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

Result<void> write_file(const fs::path& p, ByteView data, bool exclusive, unsigned mode) {
    std::error_code ec;
    if (exclusive && fs::exists(p, ec)) {
        return Error{Errc::already_exists, p.string() + " already exists; not overwriting it"};
    }
    const fs::path tmp = p.string() + ".tmp" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        return Error{Errc::io_error, "cannot create " + tmp.string() + ": " + std::strerror(errno)};
    }
    size_t off = 0;
    while (off < data.size) {
        const ssize_t n = ::write(fd, data.data + off, data.size - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            return Error{err == ENOSPC ? Errc::disk_full : Errc::io_error,
                         "cannot write " + p.string() + ": " + std::strerror(err)};
        }
        off += static_cast<size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
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

}  // namespace sk::bureau
