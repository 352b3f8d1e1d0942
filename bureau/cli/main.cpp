// `bureau`: the county education bureau's tool for kiosk batches, the tip ledger, reports
// and signed files for kiosks (docs/BUREAU.md).
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "cli_util.hpp"
#include "sk/crypto/init.hpp"

int main(int argc, char** argv) {
    using namespace sk::bureau::cli;
    CLI::App app{"bureau: import kiosk batches, keep the tip ledger, make reports"};
    app.set_version_flag("--version", std::string(SK_VERSION));
    app.require_subcommand(1);
    // Global options (--dir, --user, ...) may also follow the subcommand.
    app.fallthrough();
    Globals g;
    if (const char* env = std::getenv("SK_BUREAU_DIR")) g.dir = env;
    app.add_option("--dir", g.dir,
                   "bureau home with bureau.pub, bureau.sec, bureau.db (default: $SK_BUREAU_DIR "
                   "or .)")
        ->envname("SK_BUREAU_DIR");
    app.add_option("--user", g.user,
                   "act as this bureau user (default: $SK_BUREAU_USER, or the only user)")
        ->envname("SK_BUREAU_USER");
    app.add_option("--passphrase-file", g.passphrase_file,
                   "read the passphrase from the first line of FILE instead of prompting");
    add_keys_commands(app, g);
    add_kiosk_commands(app, g);
    add_import_commands(app, g);
    add_serve_command(app, g);
    add_tips_commands(app, g);
    add_report_commands(app, g);
    add_provision_commands(app, g);
    add_user_commands(app, g);
    add_audit_commands(app, g);

    if (!sk::crypto::init()) {
        std::cerr << "bureau: cannot initialise libsodium\n";
        return 1;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const CliError& e) {
        std::cerr << "bureau: " << e.what() << "\n";
        return e.exit_code;
    } catch (const std::exception& e) {
        std::cerr << "bureau: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
