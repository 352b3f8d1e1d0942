// The kiosk data directory shared by the UI and kioskctl: DIR/kiosk.db (SQLCipher) with its
// raw key in DIR/kiosk.db.key, as sk::kiosk::App::open lays it out.
#pragma once

#include <filesystem>

#include "sk/result.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk_sync {

std::filesystem::path kiosk_db_path(const std::filesystem::path& data_dir);

// Opens the existing store. Errc::not_found "no kiosk database in DIR (run kioskctl init)"
// rather than silently creating an empty kiosk somewhere a typo pointed. Both modes work on
// a full disk (storage::OpenMode); read_only for commands that only look (status).
Result<storage::KioskStore> open_kiosk_store(
    const std::filesystem::path& data_dir, storage::OpenMode mode = storage::OpenMode::maintenance);

// Creates DIR (mode 0700) if needed and opens or creates the store.
Result<storage::KioskStore> create_kiosk_store(const std::filesystem::path& data_dir);

}  // namespace sk::kiosk_sync
