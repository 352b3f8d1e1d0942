// The admin screen's USB export/import buttons (sk::kiosk::SyncActions), implemented with
// the same BatchWriter and BureauFileImporter as `kioskctl export` / `kioskctl import`.
// Install with AppConfig::make_sync_actions = sk::kiosk_sync::make_kiosk_sync_actions.
#pragma once

#include <functional>
#include <memory>

#include "sk/kiosk/sync_actions.hpp"

namespace sk::kiosk_sync {

class KioskSyncActions final : public kiosk::SyncActions {
  public:
    // `store` is the App's store and outlives this object. `now` is injectable for tests.
    explicit KioskSyncActions(storage::KioskStore& store,
                              std::function<std::time_t()> now = nullptr);

    bool available() const override;
    Result<kiosk::SyncReport> export_to(const std::filesystem::path& dir) override;
    // Fails (with the first refusal's message) if any file was refused; what could be
    // applied was applied, and the report counts it.
    Result<kiosk::SyncReport> import_from(const std::filesystem::path& dir) override;
    // find_usb_drives(): /media/school-kiosk-usb and mounted removable drives.
    std::vector<std::filesystem::path> usb_drives() const override;

  private:
    storage::KioskStore& store_;
    std::function<std::time_t()> now_;
};

std::unique_ptr<kiosk::SyncActions> make_kiosk_sync_actions(storage::KioskStore& store);

}  // namespace sk::kiosk_sync
