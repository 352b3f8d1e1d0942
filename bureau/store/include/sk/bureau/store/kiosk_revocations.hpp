// Revoked kiosks (table kiosk_revocations, schema v6). Rows only: who may revoke and the
// audit row are the core's (actions.hpp revoke_kiosk); the importer refuses a revoked
// kiosk's batches, whichever of its keys signed them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

struct KioskRevocation {
    std::string revoked_at, revoked_by;
};

// Errc::already_exists if the kiosk is revoked already.
Result<void> insert_kiosk_revocation(storage::BureauStore& s, int64_t kiosk_row,
                                     std::string_view by, std::string_view now);
// By kiosk row id; none in a store below schema 6 (the base layer's, before migration).
Result<std::map<int64_t, KioskRevocation>> kiosk_revocations(storage::BureauStore& s);

}  // namespace sk::bureau::store
