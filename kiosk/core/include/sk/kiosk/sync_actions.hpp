// Admin export/import, implemented by the sync/kioskctl side (it knows batches, acks,
// bundles, boards and the USB layout). The core only calls it and shows the outcome.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk {

// Counts only: never record content.
struct SyncReport {
    int batches = 0;  // exported batches / imported acks
    int records = 0;  // records exported / purged after an ack
    int surveys = 0;  // survey bundles installed
    int boards = 0;   // status boards installed
};

class SyncActions {
  public:
    virtual ~SyncActions() = default;
    // False: the admin screen greys out export/import and says "not available yet".
    virtual bool available() const = 0;
    virtual Result<SyncReport> export_to(const std::filesystem::path& dir) = 0;
    // May install survey bundles / a status board into the store; the App reloads after.
    virtual Result<SyncReport> import_from(const std::filesystem::path& dir) = 0;
    // Mount points of the USB drives plugged in now, offered as export/import folders on the
    // admin screen (none by default).
    virtual std::vector<std::filesystem::path> usb_drives() const { return {}; }
};

// Placeholder until the sync engineer's implementation lands: reports "not available".
class NullSyncActions final : public SyncActions {
  public:
    bool available() const override { return false; }
    Result<SyncReport> export_to(const std::filesystem::path&) override;
    Result<SyncReport> import_from(const std::filesystem::path&) override;
};

// Built by App::open once the store is open (the store outlives the actions).
using SyncActionsFactory = std::function<std::unique_ptr<SyncActions>(storage::KioskStore&)>;

}  // namespace sk::kiosk
