#include "sk/kiosk_sync/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "sk/crypto/hash.hpp"

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

namespace {

Error io_error(const std::string& what, const fs::path& p, int err) {
    const Errc code = (err == ENOSPC || err == EDQUOT) ? Errc::disk_full : Errc::io_error;
    return Error{code, what + " " + p.string() + ": " + std::strerror(err)};
}

Result<void> fsync_dir(const fs::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return io_error("cannot open directory", dir, errno);
    // Some filesystems (vfat on a USB stick) refuse fsync on a directory: not an error.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        const int err = errno;
        ::close(fd);
        return io_error("cannot sync directory", dir, err);
    }
    ::close(fd);
    return ok();
}

}  // namespace

Result<StagedFile> StagedFile::stage(const fs::path& path, ByteView data, unsigned mode) {
    fs::path tmp = path.string() + ".tmp-" + to_hex(crypto::random_bytes(6));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return io_error("cannot create", tmp, errno);
    size_t done = 0;
    while (done < data.size) {
        const ssize_t n = ::write(fd, data.data + done, data.size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            return io_error("cannot write", tmp, err);
        }
        done += size_t(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        return io_error("cannot sync", tmp, err);
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return io_error("cannot close", tmp, err);
    }
    return StagedFile(path, std::move(tmp));
}

Result<void> StagedFile::commit() {
    if (tmp_.empty()) return Error{Errc::internal, "staged file already committed"};
    const fs::path tmp = std::move(tmp_);
    tmp_.clear();
    if (::rename(tmp.c_str(), path_.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return io_error("cannot rename into", path_, err);
    }
    return fsync_dir(path_.parent_path());
}

StagedFile::StagedFile(StagedFile&& o) noexcept
    : path_(std::move(o.path_)), tmp_(std::move(o.tmp_)) {
    o.tmp_.clear();
}

StagedFile::~StagedFile() {
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

Result<void> write_file_atomic(const fs::path& path, ByteView data, unsigned mode) {
    auto staged = StagedFile::stage(path, data, mode);
    if (!staged) return staged.error();
    return staged->commit();
}

size_t remove_stale_temp_files(const fs::path& dir, std::string_view prefix) {
    constexpr std::string_view kTmp = ".tmp-";
    constexpr size_t kHexDigits = 12;  // 6 random bytes, as write_file_atomic names them
    size_t removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0 || name.size() < kTmp.size() + kHexDigits)
            continue;
        const size_t tail = name.size() - kHexDigits;
        if (name.compare(tail - kTmp.size(), kTmp.size(), kTmp) != 0) continue;
        if (!std::all_of(name.begin() + long(tail), name.end(),
                         [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
            continue;
        std::error_code ec2;
        if (!it->is_regular_file(ec2) || ec2) continue;
        if (fs::remove(it->path(), ec2)) ++removed;
    }
    return removed;
}

Result<Bytes> read_file(const fs::path& path, size_t max_bytes) {
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Error{Errc::not_found, "no such file: " + path.string()};
    if (!fs::is_regular_file(st)) return Error{Errc::io_error, "not a file: " + path.string()};
    const auto size = fs::file_size(path, ec);
    if (ec) return Error{Errc::io_error, "cannot read " + path.string() + ": " + ec.message()};
    if (size > max_bytes)
        return Error{Errc::bad_format, path.filename().string() + ": file too large (" +
                                           std::to_string(size) + " bytes)"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{Errc::io_error, "cannot open " + path.string()};
    Bytes out(size);
    if (size > 0 && !in.read(reinterpret_cast<char*>(out.data()), std::streamsize(size)))
        return Error{Errc::io_error, "cannot read " + path.string()};
    return out;
}

Result<std::vector<fs::path>> list_files(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return Error{Errc::not_found, "not a directory: " + dir.string()};
    std::vector<fs::path> out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2)) out.push_back(it->path());
    }
    if (ec) return Error{Errc::io_error, "cannot list " + dir.string() + ": " + ec.message()};
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace sk::kiosk_sync
