// Whole-file reads and atomic writes for the bureau's inputs and outputs.
#pragma once

#include <filesystem>
#include <functional>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// Refuses files over max_bytes (a batch is at most 16 MiB) before reading them.
Result<Bytes> read_file(const std::filesystem::path& p, size_t max_bytes = 64u << 20);

// Writes to a temp file beside `p`, fsyncs and renames. exclusive: Errc::already_exists if
// `p` exists. mode: permission bits of the new file.
Result<void> write_file(const std::filesystem::path& p, ByteView data, bool exclusive,
                        unsigned mode = 0644);

// The same temp-file-fsync-rename for a library that can only write to a path it is given
// (libxlsxwriter): `produce` writes the temp path; its error is returned and `p` untouched.
Result<void> write_file_from(
    const std::filesystem::path& p, bool exclusive, unsigned mode,
    const std::function<Result<void>(const std::filesystem::path& tmp)>& produce);

}  // namespace sk::bureau
