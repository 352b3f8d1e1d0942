// kioskctl push: send pending batches to the bureau's ingest server and import its replies.
#include <cstdio>
#include <ctime>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/push_client.hpp"

namespace sk::kioskctl {

namespace {

struct PushCmdOptions {
    std::string data, url;
    bool no_updates = false;
};

int run_push(const PushCmdOptions& o) {
    auto store = kiosk_sync::open_kiosk_store(o.data);
    if (!store) return fail(store.error());
    kiosk_sync::PushOptions po;
    po.url = o.url;
    po.fetch_updates = !o.no_updates;
    Progress progress("sending batches");
    auto r = kiosk_sync::push(*store, po, std::time(nullptr),
                              [&](uint64_t d, uint64_t t) { progress.update(d, t); });
    if (!r) return fail(r.error());
    if (r->batches.empty()) std::printf("no batches to send\n");
    for (const auto& b : r->batches) {
        if (b.accepted)
            std::printf("batch %llu (%llu records): accepted; %s\n",
                        static_cast<unsigned long long>(b.seq),
                        static_cast<unsigned long long>(b.records), b.message.c_str());
        else
            std::fprintf(stderr, "kioskctl: batch %llu: %s\n",
                         static_cast<unsigned long long>(b.seq), b.message.c_str());
    }
    const int rc = print_import_summary(r->imported);
    return (rc != 0 || r->failed > 0) ? 1 : 0;
}

}  // namespace

void add_push_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<PushCmdOptions>();
    auto* cmd = app.add_subcommand(
        "push", "Send pending batches to the bureau ingest server and import its acks");
    cmd->add_option("--data", o->data, "Kiosk data directory")->required();
    cmd->add_option("--url", o->url, "Ingest server, e.g. http://bureau.example:8443")->required();
    cmd->add_flag("--no-updates", o->no_updates,
                  "Do not fetch survey bundles and the status board");
    cmd->callback([o, &rc] { rc = run_push(*o); });
}

}  // namespace sk::kioskctl
