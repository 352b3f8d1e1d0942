#include "cli_util.hpp"

#include <iostream>

#include "passphrase.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

Session open_session(const Globals& g) {
    crypto::SecureBuffer pass =
        g.passphrase_file.empty()
            ? passphrase_from_tty(g.user.empty() ? "口令 Bureau passphrase: "
                                                 : "用户 " + g.user + " 的口令 (passphrase): ",
                                  false)
            : passphrase_from_file(g.passphrase_file);
    return fail_on(unlock(g.dir, g.user, pass.str()));
}

Session open_session(const Globals& g, Permission p) {
    Session s = open_session(g);
    fail_on(authorize(s.actor, p));
    return s;
}

void write_output(const std::string& out, const std::string& data) {
    if (out.empty() || out == "-") {
        std::cout << data;
        std::cout.flush();
        if (!std::cout) throw CliError("cannot write to standard output");
        return;
    }
    fail_on(write_file(out, ByteView(data), false));
}

}  // namespace sk::bureau::cli
