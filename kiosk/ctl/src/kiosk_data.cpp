#include "sk/kiosk_sync/kiosk_data.hpp"

#include <sys/stat.h>

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

fs::path kiosk_db_path(const fs::path& data_dir) {
    return data_dir / "kiosk.db";
}

Result<storage::KioskStore> open_kiosk_store(const fs::path& data_dir, storage::OpenMode mode) {
    std::error_code ec;
    if (!fs::exists(kiosk_db_path(data_dir), ec))
        return Error{Errc::not_found,
                     "no kiosk database in " + data_dir.string() + " (run kioskctl init)"};
    return storage::KioskStore::open(kiosk_db_path(data_dir), mode);
}

Result<storage::KioskStore> create_kiosk_store(const fs::path& data_dir) {
    std::error_code ec;
    if (!fs::exists(data_dir, ec)) {
        fs::create_directories(data_dir, ec);
        if (ec)
            return Error{Errc::io_error,
                         "cannot create " + data_dir.string() + ": " + ec.message()};
        // Only the kiosk user may list the directory that holds the database key.
        ::chmod(data_dir.c_str(), 0700);
    }
    return storage::KioskStore::open(kiosk_db_path(data_dir));
}

}  // namespace sk::kiosk_sync
