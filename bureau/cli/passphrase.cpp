#include "passphrase.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstring>

#include "cli_util.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

crypto::SecureBuffer passphrase_from_file(const std::string& path) {
    auto bytes = read_file(path, 4096);
    if (!bytes) throw CliError("--passphrase-file: " + bytes.error().message);
    size_t n = 0;
    while (n < bytes->size() && (*bytes)[n] != '\n' && (*bytes)[n] != '\r') ++n;
    crypto::SecureBuffer out(ByteView(bytes->data(), n));
    crypto::wipe(bytes->data(), bytes->size());
    if (out.empty()) throw CliError("--passphrase-file: the first line is empty");
    return out;
}

namespace {

// One line from the terminal with echo off; restores the terminal even on error.
crypto::SecureBuffer read_hidden(int fd, std::string_view prompt) {
    (void)!::write(fd, prompt.data(), prompt.size());
    termios old{};
    const bool tty = ::tcgetattr(fd, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    crypto::SecureBuffer buf(1024);
    size_t n = 0;
    char c = 0;
    while (n < buf.size() && ::read(fd, &c, 1) == 1 && c != '\n' && c != '\r') {
        buf.data()[n++] = static_cast<uint8_t>(c);
    }
    c = 0;
    if (tty) ::tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    buf.truncate(n);
    return buf;
}

}  // namespace

crypto::SecureBuffer passphrase_from_tty(std::string_view prompt, bool confirm) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        throw CliError("no terminal to ask for the passphrase; use --passphrase-file FILE");
    }
    crypto::SecureBuffer first = read_hidden(fd, prompt);
    if (confirm) {
        crypto::SecureBuffer second = read_hidden(fd, "Repeat the passphrase: ");
        if (!crypto::equal_ct(first.view(), second.view())) {
            ::close(fd);
            throw CliError("the passphrases do not match");
        }
    }
    ::close(fd);
    if (first.empty()) throw CliError("empty passphrase");
    return first;
}

}  // namespace sk::bureau::cli
