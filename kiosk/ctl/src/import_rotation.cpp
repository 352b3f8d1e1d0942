// Applying a bureau key rotation statement: the kiosk then seals new records to the new seal
// key and verifies acks, bundles and boards with the new signing key. Records sealed before
// stay sealed to the old key, which the bureau keeps (ADR 0005).
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/rotation_statement.hpp"

namespace sk::kiosk_sync {

FileOutcome BureauFileImporter::import_rotation(const std::string& name, ByteView file) {
    auto bureau = load_bureau_keys(store_);
    if (!bureau) return refuse(name, bureau.error().message);
    FileOutcome out;
    out.file = name;
    auto st = sync::verify_rotation_statement(file, *bureau);
    if (!st) {
        // The same statement seen again (it stays on the stick): already applied.
        auto sf = crypto::parse_signed_file(file);
        auto parsed = sf ? sync::parse_rotation_statement(sf->payload)
                         : Result<sync::RotationStatement>(sf.error());
        if (parsed && parsed->new_keys == *bureau) {
            out.action = ImportAction::already_installed;
            out.message = "key rotation to " + to_hex(bureau->sign_id()) + " already applied";
            return out;
        }
        return refuse(name, "key rotation refused: " + st.error().message);
    }
    if (auto r = store_.set_bureau_public(st->new_keys_file); !r)
        return refuse(name, "key rotation: " + r.error().message);
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::bureau_key_installed, 0,
                           "rotation");
    out.action = ImportAction::key_rotated;
    out.message = "bureau keys rotated: now sealing to " + to_hex(st->new_keys.seal_id()) +
                  ", trusting signing key " + to_hex(st->new_keys.sign_id());
    return out;
}

}  // namespace sk::kiosk_sync
