// Shared plumbing of the bureau CLI: the global options, unlocking the home, and the one
// error type commands throw. Exceptions stay inside the executable: core calls return
// sk::Result, and commands turn a failed Result into CliError with fail_on().
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/result.hpp"

namespace CLI {
class App;
}

namespace sk::bureau::cli {

// One line for stderr, and the process exit code.
struct CliError : std::runtime_error {
    int exit_code;
    explicit CliError(const std::string& msg, int code = 1)
        : std::runtime_error(msg), exit_code(code) {}
};

struct Globals {
    std::filesystem::path dir = ".";
    std::string passphrase_file;
    std::string user;  // --user / SK_BUREAU_USER; empty: the only user
};

// Throws CliError with the error's message.
template <typename T>
T fail_on(Result<T> r) {
    if (!r) throw CliError(r.error().message);
    return std::move(r).value();
}
inline void fail_on(Result<void> r) {
    if (!r) throw CliError(r.error().message);
}

// Reads the passphrase (file or prompt) and unlocks the home as g.user.
Session open_session(const Globals& g);
// The same, then refuses (one line, exit 1) unless the user's role has `p`. Commands that
// change something call the core's authorizing, audited functions (actions.hpp) as well.
Session open_session(const Globals& g, Permission p);

// Writes to `out` ("-" or empty: stdout).
void write_output(const std::string& out, const std::string& data);

// Subcommand registration, one per file.
void add_keys_commands(CLI::App& app, Globals& g);    // keygen, sign-survey, survey, status-board
void add_kiosk_commands(CLI::App& app, Globals& g);   // kiosk add/list
void add_import_commands(CLI::App& app, Globals& g);  // import, ack
void add_serve_command(CLI::App& app, Globals& g);
void add_tips_commands(CLI::App& app, Globals& g);
void add_report_commands(CLI::App& app, Globals& g);     // report survey/monthly, export
void add_provision_commands(CLI::App& app, Globals& g);  // provision, rotate-keys
void add_user_commands(CLI::App& app, Globals& g);       // user add/list/disable/passwd
void add_audit_commands(CLI::App& app, Globals& g);      // audit list/verify

}  // namespace sk::bureau::cli
