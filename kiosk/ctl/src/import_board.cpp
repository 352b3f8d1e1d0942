// Installing a status board: only a newer signed board replaces the current one, so an old
// board cannot roll a case status back.
#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::kiosk_sync {

FileOutcome BureauFileImporter::import_board(const std::string& name, ByteView file) {
    auto bureau = load_bureau_keys(store_);
    if (!bureau) return refuse(name, bureau.error().message);

    std::optional<uint64_t> installed;
    Bytes installed_bytes;
    if (auto cur = store_.status_board(); cur) {
        installed = cur->version;
        installed_bytes = std::move(cur->signed_bytes);
    } else if (cur.error().code != Errc::not_found) {
        return refuse(name, cur.error().message);
    }

    FileOutcome out;
    out.file = name;
    auto board = sync::verify_status_board(file, bureau->sign_pk, installed);
    if (!board) {
        if (installed && crypto::equal_ct(installed_bytes, file)) {
            out.action = ImportAction::already_installed;
            out.message =
                "status board version " + std::to_string(*installed) + " already installed";
            return out;
        }
        return refuse(name, "status board refused: " + board.error().message);
    }
    if (auto put = store_.put_status_board(board->version, file); !put)
        return refuse(name, "status board: " + put.error().message);
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::status_board_installed,
                           int64_t(board->version));
    out.action = ImportAction::board_installed;
    out.message = "status board version " + std::to_string(board->version) + " installed (" +
                  std::to_string(board->entries.size()) + " entries)";
    return out;
}

}  // namespace sk::kiosk_sync
