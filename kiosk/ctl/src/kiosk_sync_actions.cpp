#include "sk/kiosk_sync/kiosk_sync_actions.hpp"

#include <ctime>

#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/kiosk_sync/usb_drives.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk_sync {

KioskSyncActions::KioskSyncActions(storage::KioskStore& store, std::function<std::time_t()> now)
    : store_(store), now_(now ? std::move(now) : [] { return std::time(nullptr); }) {}

bool KioskSyncActions::available() const {
    // Export needs the identity; import needs the bureau keys to verify anything.
    return load_kiosk_identity(store_).ok() && load_bureau_keys(store_).ok();
}

Result<kiosk::SyncReport> KioskSyncActions::export_to(const std::filesystem::path& dir) {
    const std::time_t now = now_();
    BatchWriter writer(store_, local_day(now));
    auto written = writer.export_to(dir);
    if (!written) return written.error();
    note_sync(store_, SyncEvent::exported, int64_t(now));
    kiosk::SyncReport rep;
    for (const auto& w : *written) {
        ++rep.batches;
        rep.records += int(w.records);
    }
    return rep;
}

std::vector<std::filesystem::path> KioskSyncActions::usb_drives() const {
    std::vector<std::filesystem::path> out;
    for (const UsbDrive& d : find_usb_drives()) out.push_back(d.mount_point);
    return out;
}

Result<kiosk::SyncReport> KioskSyncActions::import_from(const std::filesystem::path& dir) {
    BureauFileImporter importer(store_, now_());
    auto summary = importer.import_dir(dir);
    if (!summary) return summary.error();
    kiosk::SyncReport rep;
    rep.batches = int(summary->batches_acked);
    rep.records = int(summary->records_deleted);
    rep.surveys = int(summary->surveys);
    rep.boards = int(summary->boards);
    for (const auto& f : summary->files)
        if (f.refused()) return Error{Errc::conflict, f.file + ": " + f.message};
    return rep;
}

std::unique_ptr<kiosk::SyncActions> make_kiosk_sync_actions(storage::KioskStore& store) {
    return std::make_unique<KioskSyncActions>(store);
}

}  // namespace sk::kiosk_sync
