#include "sk/kiosk_sync/bureau_file_importer.hpp"

#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/classify.hpp"

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

const char* import_action_name(ImportAction a) {
    switch (a) {
        case ImportAction::ack_applied:
            return "ack_applied";
        case ImportAction::survey_installed:
            return "survey_installed";
        case ImportAction::board_installed:
            return "board_installed";
        case ImportAction::key_rotated:
            return "key_rotated";
        case ImportAction::already_installed:
            return "already_installed";
        case ImportAction::ignored:
            return "ignored";
        case ImportAction::refused:
            return "refused";
    }
    return "?";
}

void ImportSummary::add(FileOutcome o) {
    switch (o.action) {
        case ImportAction::ack_applied:
            ++acks;
            break;
        case ImportAction::survey_installed:
            ++surveys;
            break;
        case ImportAction::board_installed:
            ++boards;
            break;
        case ImportAction::key_rotated:
            ++rotations;
            break;
        case ImportAction::refused:
            ++refused;
            break;
        default:
            break;
    }
    batches_acked += o.batches_acked;
    records_deleted += o.records_deleted;
    files.push_back(std::move(o));
}

BureauFileImporter::BureauFileImporter(storage::KioskStore& store, std::time_t now)
    : store_(store), now_(now) {}

FileOutcome BureauFileImporter::refuse(const std::string& name, const std::string& why) {
    (void)store_.log_event(storage::EventLevel::warning, storage::EventCode::import_rejected);
    FileOutcome o;
    o.file = name;
    o.action = ImportAction::refused;
    o.message = why;
    return o;
}

FileOutcome BureauFileImporter::import_bytes(const std::string& name, ByteView file) {
    auto ctx = sync::classify_file(file);
    if (!ctx) return refuse(name, ctx.error().message);
    FileOutcome out;
    switch (*ctx) {
        case crypto::SignContext::ack:
            out = import_ack(name, file);
            break;
        case crypto::SignContext::survey_bundle:
            out = import_bundle(name, file);
            break;
        case crypto::SignContext::status_board:
            out = import_board(name, file);
            break;
        case crypto::SignContext::key_rotation:
            out = import_rotation(name, file);
            break;
        case crypto::SignContext::batch:
            out.file = name;
            out.action = ImportAction::ignored;
            out.message = "a kiosk batch (for the bureau), not a bureau file: skipped";
            return out;
        default:
            return refuse(name, "a '" + std::string(crypto::context_name(*ctx)) +
                                    "' file cannot be imported by kioskctl");
    }
    if (!out.refused()) note_sync(store_, SyncEvent::imported, int64_t(now_));
    return out;
}

FileOutcome BureauFileImporter::import_file(const fs::path& path) {
    const std::string name = path.filename().string();
    auto bytes = read_file(path, kMaxImportFileBytes);
    if (!bytes) return refuse(name, bytes.error().message);
    return import_bytes(name, *bytes);
}

Result<ImportSummary> BureauFileImporter::import_dir(const fs::path& dir) {
    auto files = list_files(dir);
    if (!files) return files.error();
    ImportSummary summary;
    // Hidden files (macOS "._x" copies, ".Trash") and our own temp files from an
    // interrupted export are not bureau files.
    auto skip = [](const std::string& name) {
        return name.empty() || name[0] == '.' || name.find(".tmp-") != std::string::npos;
    };
    // Rotations first (in name order, so a chain of them applies in sequence): the acks,
    // bundles and boards beside them are signed with the new key.
    std::vector<fs::path> rest;
    for (const auto& f : *files) {
        if (skip(f.filename().string())) continue;
        auto bytes = read_file(f, kMaxImportFileBytes);
        auto ctx = bytes ? sync::classify_file(*bytes) : Result<crypto::SignContext>(bytes.error());
        if (ctx && *ctx == crypto::SignContext::key_rotation)
            summary.add(import_bytes(f.filename().string(), *bytes));
        else
            rest.push_back(f);
    }
    for (const auto& f : rest) summary.add(import_file(f));
    return summary;
}

}  // namespace sk::kiosk_sync
