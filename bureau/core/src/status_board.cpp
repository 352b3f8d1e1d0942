#include "sk/bureau/status_board.hpp"

#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/sync/status_board.hpp"

namespace sk::bureau {

Result<BoardFile> build_board(storage::BureauStore& store, const crypto::BureauSecretKeys& keys,
                              std::string_view now) {
    auto tips = store.tips({});
    if (!tips) return tips.error();
    sync::StatusBoard board;
    board.issued = std::string(now);
    for (const auto& t : tips.value()) {
        if (!t.receipt_lookup) continue;
        auto status = sync::case_status_from_name(t.status);
        if (!status) return Error{Errc::internal, "case " + t.case_no + " has an unknown status"};
        sync::BoardEntry e;
        e.lookup = *t.receipt_lookup;
        e.status = *status;
        e.updated = t.updated_at.substr(0, 10);  // the day only: the board is public
        if (!t.reply.empty()) e.reply[t.reply_lang.empty() ? "zh-CN" : t.reply_lang] = t.reply;
        board.entries.push_back(std::move(e));
    }
    // Cases from other channels whose caller was given a receipt code (case add
    // --issue-receipt); kiosk cases are on the board through their tips row above.
    auto cases = store::list_cases(store, {});
    if (!cases) return cases.error();
    for (const auto& c : cases.value()) {
        if (c.tip_id || !c.receipt_lookup) continue;
        auto state = parse_case_state(c.status);
        if (!state) return Error{Errc::internal, "case " + c.case_no + " has an unknown status"};
        sync::BoardEntry e;
        e.lookup = *c.receipt_lookup;
        e.status = board_status(*state);
        e.updated = c.updated_at.substr(0, 10);
        if (!c.reply.empty()) e.reply[c.reply_lang.empty() ? "zh-CN" : c.reply_lang] = c.reply;
        board.entries.push_back(std::move(e));
    }
    auto version = store.next_board_version();
    if (!version) return version.error();
    board.version = static_cast<uint64_t>(version.value());
    auto bytes = sync::build_status_board(board, crypto::bureau_sign_pair(keys));
    if (!bytes) return bytes.error();
    return BoardFile{std::move(bytes.value()), board.version, board.entries.size()};
}

}  // namespace sk::bureau
