// kioskctl: the kiosk-side command-line tool for sync and operations. It links the same
// kiosk core as the UI, so what it submits and exports is exactly what the kiosk would.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "commands.hpp"
#include "sk/crypto/init.hpp"

int main(int argc, char** argv) {
    if (!sk::crypto::init()) {
        std::fputs("kioskctl: cannot initialise libsodium\n", stderr);
        return 1;
    }
    CLI::App app{"kioskctl: kiosk sync and operations (docs/KIOSKCTL.md)", "kioskctl"};
    app.set_version_flag("--version", std::string("kioskctl ") + SK_VERSION);
    app.require_subcommand(1);
    int rc = 0;
    sk::kioskctl::add_init_command(app, rc);
    sk::kioskctl::add_export_command(app, rc);
    sk::kioskctl::add_import_command(app, rc);
    sk::kioskctl::add_status_command(app, rc);
    sk::kioskctl::add_simulate_command(app, rc);
    sk::kioskctl::add_push_command(app, rc);
    sk::kioskctl::add_provision_command(app, rc);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // One line, not the whole help text: scripts and operators read the first line.
        std::fprintf(stderr, "kioskctl: %s (see kioskctl --help)\n", e.what());
        return e.get_exit_code() == 0 ? 2 : e.get_exit_code();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kioskctl: internal error: %s\n", e.what());
        return 1;
    }
    return rc;
}
