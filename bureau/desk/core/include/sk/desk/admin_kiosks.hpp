// The Admin screen's kiosks: the registry as rows (name, key id, last import) and
// registering a kiosk from its public key file, through the core's audited actions (the
// same as `bureau kiosk add/rename`).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/result.hpp"

namespace sk::desk {

struct KioskRow {
    int64_t id = 0;  // the store's row: what rename names
    std::string name;
    std::string key_id;       // hex, as `bureau kiosk list` shows it
    std::string added_at;     // RFC 3339
    std::string last_import;  // RFC 3339, empty: never
    size_t batches = 0;
    std::string revoked_at;  // RFC 3339, empty: not revoked
};

// Every role may list kiosks (`bureau kiosk list` needs read_reports).
Result<std::vector<KioskRow>> list_kiosk_rows(bureau::Session& s);

// Reads and decodes the key file, names the kiosk `name` or, when empty, after the file
// (kiosk-<name>.pub), then bureau::register_kiosk (manage_kiosks, the name rule, audited).
Result<KioskRow> register_kiosk_file(bureau::Session& s, const std::filesystem::path& pub,
                                     std::string_view name, std::string_view now);

}  // namespace sk::desk
