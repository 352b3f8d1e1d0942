// kioskctl import: apply bureau files (acks, survey bundles, status boards) from a folder.
#include <cstdio>
#include <ctime>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"

namespace sk::kioskctl {

namespace {

struct ImportOptions {
    std::string data, from;
};

// Shared with push, which imports what the server answers.
}  // namespace

int print_import_summary(const kiosk_sync::ImportSummary& s) {
    for (const auto& f : s.files) {
        if (f.refused())
            std::fprintf(stderr, "kioskctl: %s: refused: %s\n", f.file.c_str(), f.message.c_str());
        else
            std::printf("%s: %s\n", f.file.c_str(), f.message.c_str());
    }
    std::printf(
        "imported: %llu ack(s) (%llu batch(es), %llu record(s) deleted), %llu survey(s), "
        "%llu status board(s), %llu key rotation(s); %llu file(s) refused\n",
        static_cast<unsigned long long>(s.acks), static_cast<unsigned long long>(s.batches_acked),
        static_cast<unsigned long long>(s.records_deleted),
        static_cast<unsigned long long>(s.surveys), static_cast<unsigned long long>(s.boards),
        static_cast<unsigned long long>(s.rotations), static_cast<unsigned long long>(s.refused));
    return s.refused > 0 ? 1 : 0;
}

namespace {

int run_import(const ImportOptions& o) {
    auto store = kiosk_sync::open_kiosk_store(o.data);
    if (!store) return fail(store.error());
    kiosk_sync::BureauFileImporter importer(*store, std::time(nullptr));
    auto summary = importer.import_dir(o.from);
    if (!summary) return fail(summary.error());
    return print_import_summary(*summary);
}

}  // namespace

void add_import_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<ImportOptions>();
    auto* cmd = app.add_subcommand(
        "import", "Apply bureau files: acknowledgements, survey bundles, status boards");
    cmd->add_option("--data", o->data, "Kiosk data directory")->required();
    cmd->add_option("--from", o->from, "Directory holding the bureau's files")
        ->required()
        ->check(CLI::ExistingDirectory);
    cmd->callback([o, &rc] { rc = run_import(*o); });
}

}  // namespace sk::kioskctl
