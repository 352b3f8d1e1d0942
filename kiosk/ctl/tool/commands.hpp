// The kioskctl subcommands. Each file registers one subcommand on the CLI11 app; its
// callback stores the process exit code in `rc` (0 ok, 1 failure or something refused).
#pragma once

#include <CLI/CLI.hpp>

namespace sk::kioskctl {

void add_init_command(CLI::App& app, int& rc);
void add_export_command(CLI::App& app, int& rc);
void add_import_command(CLI::App& app, int& rc);
void add_status_command(CLI::App& app, int& rc);
void add_simulate_command(CLI::App& app, int& rc);
void add_push_command(CLI::App& app, int& rc);
void add_provision_command(CLI::App& app, int& rc);

}  // namespace sk::kioskctl

namespace sk::kiosk_sync {
struct ImportSummary;
}
namespace sk::kioskctl {
// Prints each file's outcome (refusals on stderr) and a summary; 1 if anything was refused.
int print_import_summary(const kiosk_sync::ImportSummary& s);
}  // namespace sk::kioskctl
