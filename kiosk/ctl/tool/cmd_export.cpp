// kioskctl export: write every sealed record not yet acknowledged as signed batch files.
#include <cstdio>
#include <ctime>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/kiosk_sync/local_day.hpp"

namespace sk::kioskctl {

namespace fs = std::filesystem;

namespace {

struct ExportOptions {
    std::string data, to;
};

int run_export(const ExportOptions& o) {
    auto store = kiosk_sync::open_kiosk_store(o.data);
    if (!store) return fail(store.error());
    std::error_code ec;
    fs::create_directories(o.to, ec);
    if (ec) return fail("cannot create " + o.to + ": " + ec.message());

    const std::time_t now = std::time(nullptr);
    kiosk_sync::BatchWriter writer(*store, kiosk_sync::local_day(now));
    Progress progress("batching records");
    writer.set_progress([&](uint64_t done, uint64_t total) { progress.update(done, total); });
    auto written = writer.export_to(o.to);
    if (!written) return fail(written.error());
    kiosk_sync::note_sync(*store, kiosk_sync::SyncEvent::exported, int64_t(now));

    if (written->empty()) {
        std::printf("nothing to export: no sealed records waiting\n");
        return 0;
    }
    uint64_t records = 0;
    for (const auto& w : *written) {
        records += w.records;
        std::printf("wrote %s (seq %llu, %llu records, %zu bytes, %s)\n", w.path.c_str(),
                    static_cast<unsigned long long>(w.seq),
                    static_cast<unsigned long long>(w.records), w.bytes,
                    w.created ? "new" : "re-export, awaiting ack");
    }
    std::printf("exported %zu batch(es), %llu record(s) to %s\n", written->size(),
                static_cast<unsigned long long>(records), o.to.c_str());
    return 0;
}

}  // namespace

void add_export_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<ExportOptions>();
    auto* cmd = app.add_subcommand(
        "export", "Write every sealed record not yet acknowledged as signed batch files");
    cmd->add_option("--data", o->data, "Kiosk data directory")->required();
    cmd->add_option("--to", o->to, "Directory to write the batch files to (e.g. a USB stick)")
        ->required();
    cmd->callback([o, &rc] { rc = run_export(*o); });
}

}  // namespace sk::kioskctl
