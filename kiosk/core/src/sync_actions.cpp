#include "sk/kiosk/sync_actions.hpp"

namespace sk::kiosk {

Result<SyncReport> NullSyncActions::export_to(const std::filesystem::path&) {
    return Error{Errc::not_found, "export is not available yet"};
}

Result<SyncReport> NullSyncActions::import_from(const std::filesystem::path&) {
    return Error{Errc::not_found, "import is not available yet"};
}

}  // namespace sk::kiosk
