// Receipt lookup against the latest signed status board in the store. The board is
// re-verified on every lookup: it is only as good as its signature.
#include "app_impl.hpp"
#include "receipt_input.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::kiosk {

void AppImpl::lookup_check() {
    ReceiptInput in = read_receipt_input(pool.text(field::receipt_code));
    if (!in.error.empty()) {
        lookup_error = in.error;
        dirty = true;
        return;
    }
    lookup_error = {};
    lookup_board = lookup_found = false;
    lookup_status_key.clear();
    lookup_reply_zh.clear();
    lookup_reply_en.clear();
    lookup_updated.clear();

    auto board = store.status_board();
    if (board && content.bureau) {
        auto v = sync::verify_status_board(board->signed_bytes, content.bureau->sign_pk);
        if (v) {
            lookup_board = true;
            if (auto e = sync::find_receipt(*v, in.canonical, content.bureau->sign_pk)) {
                lookup_found = true;
                lookup_status_key =
                    std::string("receipt.status.") + sync::case_status_name(e->status);
                lookup_updated = e->updated;
                auto zh = e->reply.find("zh-CN");
                auto en = e->reply.find("en");
                if (zh != e->reply.end()) lookup_reply_zh = zh->second;
                if (en != e->reply.end()) lookup_reply_en = en->second;
            }
        } else {
            log(storage::EventLevel::warning, storage::EventCode::import_rejected);
        }
    }
    crypto::wipe(in.canonical);
    go(Screen::receipt_result);
}

}  // namespace sk::kiosk
