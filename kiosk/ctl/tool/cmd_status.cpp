// kioskctl status: counts, batches, surveys, board, last sync. Never record content.
#include <cstdio>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/status_report.hpp"

namespace sk::kioskctl {

namespace {

struct StatusOptions {
    std::string data;
    bool json = false;
};

int run_status(const StatusOptions& o) {
    // Read-only: status must work on a full disk, where it is the first thing one runs.
    auto store = kiosk_sync::open_kiosk_store(o.data, storage::OpenMode::read_only);
    if (!store) return fail(store.error());
    auto r = kiosk_sync::gather_status(*store);
    if (!r) return fail(r.error());
    const std::string out = o.json ? kiosk_sync::status_json(*r) : kiosk_sync::status_text(*r);
    std::fputs(out.c_str(), stdout);
    return 0;
}

}  // namespace

void add_status_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<StatusOptions>();
    auto* cmd = app.add_subcommand("status", "Show record counts, batches, surveys and last sync");
    cmd->add_option("--data", o->data, "Kiosk data directory")->required();
    cmd->add_flag("--json", o->json, "Machine-readable output");
    cmd->callback([o, &rc] { rc = run_status(*o); });
}

}  // namespace sk::kioskctl
