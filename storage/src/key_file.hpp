// The database key file "<db>.key": exactly 32 raw bytes, mode 0600, beside the database.
#pragma once

#include <filesystem>

#include "sk/bytes.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"

namespace sk::storage::detail {

// Refuses (never just warns) a symlink, a non-regular file, a size other than 32 bytes
// (Errc::bad_format) and any group/other permission bit (Errc::io_error, with the chmod to
// run): a kiosk should stop with a clear message rather than run on a key others could read.
Result<crypto::SecureBuffer> read_key_file(const std::filesystem::path& path);

// Writes a temp file (O_CREAT|O_EXCL, 0600), fsyncs it, moves it into place without ever
// replacing an existing key file (Errc::already_exists), then fsyncs the directory.
Result<void> write_new_key_file(const std::filesystem::path& path, ByteView key);

// "x'<64 hex>'": SQLCipher's raw-key form for sqlite3_key_v2, so no passphrase KDF runs.
// Built directly in secure memory; never in a std::string.
crypto::SecureBuffer raw_key_spec(ByteView key);

}  // namespace sk::storage::detail
