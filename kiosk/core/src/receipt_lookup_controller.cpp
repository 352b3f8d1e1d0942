#include "receipt_lookup_controller.hpp"

#include "receipt_input.hpp"
#include "sealer.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::kiosk {

void ReceiptLookupController::enter(const Intent& in) {
    if (!std::holds_alternative<intent::StartReceiptLookup>(in)) return;
    s_.host.new_session();
    s_.pool.ensure(field::receipt_code, 64);
    error_ = {};
    s_.host.go(Screen::receipt_lookup);
    // The code is the only thing to do here: its keyboard is up from the start.
    s_.host.open_keyboard(field::receipt_code);
}

void ReceiptLookupController::handle(Screen on, const Intent& in) {
    if (std::holds_alternative<intent::Back>(in)) {
        s_.host.leave_session(Screen::home);
    } else if (on == Screen::receipt_lookup && (std::holds_alternative<intent::Next>(in) ||
                                                std::holds_alternative<intent::Submit>(in))) {
        check();
    }
}

void ReceiptLookupController::check() {
    ReceiptInput in = read_receipt_input(s_.pool.text(field::receipt_code));
    if (!in.error.empty()) {
        error_ = in.error;
        return;
    }
    reset();
    auto board = s_.store.status_board();
    const auto& bureau = s_.content.bureau;
    if (board && bureau) {
        auto v = sync::verify_status_board(board->signed_bytes, bureau->sign_pk);
        if (v) {
            board_ = true;
            if (auto e = sync::find_receipt(*v, in.canonical, bureau->sign_pk)) {
                found_ = true;
                status_key_ = std::string("receipt.status.") + sync::case_status_name(e->status);
                updated_ = e->updated;
                auto zh = e->reply.find("zh-CN");
                auto en = e->reply.find("en");
                if (zh != e->reply.end()) reply_zh_ = zh->second;
                if (en != e->reply.end()) reply_en_ = en->second;
            }
        } else {
            log_event(s_.store, storage::EventLevel::warning, storage::EventCode::import_rejected);
        }
    }
    crypto::wipe(in.canonical);
    s_.host.go(Screen::receipt_result);
}

void ReceiptLookupController::fill_view(Screen, AppView& v) const {
    ReceiptView& rv = v.receipt;
    const I18n& i18n = s_.i18n;
    rv.error = localize(i18n, error_);
    rv.board_installed = board_;
    rv.found = found_;
    if (found_) {
        rv.status = i18n.tr(status_key_);
        rv.reply = i18n.lang() == Lang::en && !reply_en_.empty() ? reply_en_ : reply_zh_;
        if (rv.reply.empty()) rv.reply = reply_en_;
        rv.board_date = updated_;
        rv.result_text = i18n.tr("receipt.result.found", {{"date", updated_}});
    } else {
        rv.result_text =
            i18n.tr(board_ ? "receipt.result.not_on_board" : "receipt.result.no_board");
    }
}

std::optional<KeyboardTarget> ReceiptLookupController::keyboard_target(Screen on, FieldId f) const {
    if (on != Screen::receipt_lookup || f != field::receipt_code) return std::nullopt;
    return KeyboardTarget{f, FieldKind::receipt_code, 0};
}

void ReceiptLookupController::text_edited(FieldId f) {
    if (f == field::receipt_code) error_ = {};
}

void ReceiptLookupController::reset() {
    error_ = {};
    board_ = found_ = false;
    crypto::wipe(reply_zh_);
    crypto::wipe(reply_en_);
    status_key_.clear();
    updated_.clear();
}

}  // namespace sk::kiosk
