// import and ack: the USB round trip. Exit status of import: 0 all good, 3 if any batch was
// rejected (the others are imported), 1 on a fatal error.
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>

#include "cli_util.hpp"
#include "progress.hpp"
#include "sk/bureau/acks.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/importer.hpp"

namespace sk::bureau::cli {

namespace fs = std::filesystem;

namespace {

void print_outcome(const BatchOutcome& o) {
    const std::string who =
        o.kiosk_name.empty() ? (o.kiosk ? "kiosk " + to_hex(*o.kiosk) : "") : o.kiosk_name;
    const std::string where =
        who.empty() ? "" : " (" + who + ", batch " + std::to_string(o.seq) + ")";
    switch (o.result) {
        case BatchResult::imported:
            std::cout << "imported " << o.source << where << ": " << o.records_new
                      << " new records";
            if (o.records_duplicate) std::cout << ", " << o.records_duplicate << " duplicates";
            std::cout << "\n";
            for (const auto& n : o.notes) std::cout << "  note: " << n << "\n";
            break;
        case BatchResult::duplicate:
            std::cout << "already imported " << o.source << where << "\n";
            break;
        case BatchResult::rejected:
            std::cerr << "rejected " << o.source << where << ": " << o.reason << "\n";
            break;
    }
}

}  // namespace

void add_import_commands(CLI::App& app, Globals& g) {
    auto* imp = app.add_subcommand("import", "import kiosk batch files (files or directories)");
    static std::vector<std::string> inputs;
    static unsigned threads = 0;
    imp->add_option("FILES", inputs, "batch files or directories holding them")->required();
    imp->add_option("--threads", threads, "record-opening threads (default: all cores)");
    imp->callback([&g] {
        Session s = open_session(g, Permission::import_batches);
        ImportOptions opt;
        opt.threads = threads;
        auto importer = fail_on(Importer::create_for(s, opt));
        std::vector<fs::path> paths(inputs.begin(), inputs.end());
        ProgressBar bar;
        const auto t0 = std::chrono::steady_clock::now();
        ImportSummary sum =
            importer->import_paths(paths, [&bar](uint64_t d, uint64_t t) { bar.update(d, t); });
        bar.finish();
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        for (const auto& o : sum.batches) print_outcome(o);
        std::cout << "batches: " << sum.imported << " imported, " << sum.duplicate
                  << " already imported, " << sum.rejected << " rejected";
        if (sum.skipped_files) std::cout << " (" << sum.skipped_files << " other files skipped)";
        std::cout << "\nrecords: " << sum.records_new << " new, " << sum.records_duplicate
                  << " duplicate";
        if (secs > 0 && sum.records_new > 0) {
            std::cout << " (" << static_cast<uint64_t>(sum.records_new / secs) << " records/s)";
        }
        std::cout << "\n";
        for (const auto& gap : sum.gaps) std::cout << "gap: " << gap << "\n";
        if (sum.rejected > 0) {
            throw CliError(std::to_string(sum.rejected) + " batch(es) rejected; see above", 3);
        }
    });

    auto* ack = app.add_subcommand("ack", "write a signed acknowledgement for a kiosk");
    static std::string kiosk_id, out_dir;
    static bool all = false;
    ack->add_option("--kiosk", kiosk_id, "kiosk id (hex, or a unique prefix) or name")->required();
    ack->add_option("--out", out_dir, "directory to write ack-<kiosk>-<seq>.skack into")
        ->required();
    ack->add_flag("--all", all,
                  "acknowledge every imported batch, not only those no ack has covered yet");
    ack->callback([&g] {
        Session s = open_session(g, Permission::import_batches);
        auto kiosk = fail_on(resolve_kiosk(s.store, kiosk_id));
        std::error_code ec;
        fs::create_directories(out_dir, ec);
        auto a = fail_on(
            acknowledge_kiosk(s, kiosk, all ? AckScope::all : AckScope::unacked, now_rfc3339()));
        if (!a) {
            std::cout << "nothing to acknowledge for " << kiosk.name
                      << " (every imported batch was acked; --all to re-issue)\n";
            return;
        }
        const fs::path p = fs::path(out_dir) / a->name;
        fail_on(write_file(p, a->bytes, false));
        std::cout << "ack for " << kiosk.name << ": " << a->batch_ids.size() << " batch(es) up to "
                  << a->last_seq << " -> " << p.string() << "\n";
    });
}

}  // namespace sk::bureau::cli
