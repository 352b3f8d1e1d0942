// Test-only access to a KioskStore's connection (pragmas, user_version, max_page_count).
// Compiled into tests only; nothing in the product includes it.
#pragma once

#include "sk/storage/sql/database.hpp"
#include "kiosk_store_impl.hpp"

namespace sk::storage {

struct KioskStoreTestAccess {
    static sql::Database& db(KioskStore& s) { return s.impl_->db; }
};

}  // namespace sk::storage
