#include "sk/kiosk_sync/last_sync.hpp"

#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/dates.hpp"

namespace sk::kiosk_sync {

namespace {

const char* key_for(SyncEvent e) {
    switch (e) {
        case SyncEvent::exported:
            return "sync.last_export";
        case SyncEvent::imported:
            return "sync.last_import";
        case SyncEvent::pushed:
            return "sync.last_push";
    }
    return "sync.last_other";
}

std::optional<std::string> read(const storage::KioskStore& store, SyncEvent e) {
    auto v = store.setting(key_for(e));
    if (!v || !v->has_value() || !sync::is_rfc3339_utc(**v)) return std::nullopt;
    return **v;
}

}  // namespace

void note_sync(storage::KioskStore& store, SyncEvent e, int64_t unix_now) {
    (void)store.set_setting(key_for(e),
                            sync::format_rfc3339_utc(local_start_of_day(std::time_t(unix_now))));
}

std::optional<std::string> LastSync::latest() const {
    std::optional<std::string> best;
    // One spelling of RFC 3339 UTC: string order is time order.
    for (const auto* v : {&exported, &imported, &pushed})
        if (*v && (!best || **v > *best)) best = **v;
    return best;
}

LastSync last_sync(const storage::KioskStore& store) {
    LastSync s;
    s.exported = read(store, SyncEvent::exported);
    s.imported = read(store, SyncEvent::imported);
    s.pushed = read(store, SyncEvent::pushed);
    return s;
}

}  // namespace sk::kiosk_sync
