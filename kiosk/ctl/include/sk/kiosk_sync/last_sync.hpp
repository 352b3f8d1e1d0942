// When this kiosk last exported, imported or pushed, for `kioskctl status` and the admin
// screen. Kept as store settings (RFC 3339 UTC) holding the local midnight of the day only:
// an export's exact time would bound when the records after it were submitted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

enum class SyncEvent { exported, imported, pushed };

// Best effort: a failure to note the time never fails the sync that happened.
void note_sync(storage::KioskStore& store, SyncEvent e, int64_t unix_now);

struct LastSync {
    std::optional<std::string> exported, imported, pushed;  // RFC 3339 UTC
    // The latest of the three, if any.
    std::optional<std::string> latest() const;
};

LastSync last_sync(const storage::KioskStore& store);

}  // namespace sk::kiosk_sync
