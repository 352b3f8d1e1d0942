#include "sk/desk/case_file.hpp"

#include "sk/bureau/actions.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/store/cases.hpp"

namespace sk::desk {

Result<CaseFile> open_case(storage::BureauStore& store, std::string_view case_no) {
    const std::string no = bureau::normalize_case_no(case_no);
    auto row = store.tip(no);
    if (!row) return row.error();
    if (!*row) return Error{Errc::not_found, "no case " + no};
    CaseFile f;
    f.row = std::move(**row);
    // Since the case ledger (schema v5) the case's status and history live there; the tips
    // row only mirrors the status board.
    auto c = bureau::store::find_case(store, no);
    if (!c) return c.error();
    if (*c) {
        f.row.status = (*c)->status;
        f.ledger = **c;
        auto hist = bureau::store::case_history(store, (*c)->id);
        if (!hist) return hist.error();
        for (auto& h : *hist) {
            f.history.push_back({no, std::move(h.at), std::move(h.action), std::move(h.from_status),
                                 std::move(h.to_status), std::move(h.note)});
        }
    } else {
        auto hist = store.tip_history(no);
        if (!hist) return hist.error();
        f.history = std::move(*hist);
    }
    auto pt = store.record_plaintext(f.row.record_id);
    if (pt && *pt) {
        auto tip = survey::parse_tip((*pt)->view());
        if (tip) f.tip.emplace(std::move(*tip));
    }
    if (auto st = bureau::parse_case_state(f.row.status)) {
        f.next = bureau::next_case_states(*st);
        f.can_reopen = bureau::check_reopen(*st).ok();
    }
    return f;
}

Result<void> reload_case(storage::BureauStore& store, CaseFile& file) {
    auto fresh = open_case(store, file.row.case_no);
    if (!fresh) return fresh.error();
    file = std::move(*fresh);
    return ok();
}

std::string linked_person(const CaseFile& file) {
    return file.ledger ? file.ledger->staff_no : std::string();
}

Result<void> change_status(bureau::Session& s, CaseFile& file, std::string_view to,
                           std::string_view note, std::string_view now) {
    SK_TRY(bureau::change_case_status(s, file.row.case_no, to, note, now));
    return reload_case(s.store, file);
}

Result<void> save_reply(bureau::Session& s, CaseFile& file, std::string_view text,
                        std::string_view lang, std::string_view now) {
    SK_TRY(bureau::change_case_reply(s, file.row.case_no, text, lang, now));
    return reload_case(s.store, file);
}

}  // namespace sk::desk
