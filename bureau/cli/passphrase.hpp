// Passphrases: from a file (scripts, tests) or typed at the terminal with echo off. Kept in
// secure memory and never echoed or logged.
#pragma once

#include <string>
#include <string_view>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::bureau::cli {

// First line of the file, without the line ending.
crypto::SecureBuffer passphrase_from_file(const std::string& path);
// Prompts on /dev/tty with echo off. confirm: asks twice (keygen).
crypto::SecureBuffer passphrase_from_tty(std::string_view prompt, bool confirm);

}  // namespace sk::bureau::cli
