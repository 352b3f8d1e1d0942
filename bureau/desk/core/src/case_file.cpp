#include "sk/desk/case_file.hpp"

#include "sk/bureau/actions.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/store/cases.hpp"

namespace sk::desk {
namespace {

// The page's header fields of a typed-in case, in the tips row's shape (no kiosk, no record).
storage::TipRow typed_case_row(const bureau::store::CaseRow& c) {
    storage::TipRow r;
    r.case_no = c.case_no;
    r.day = c.received_day;
    r.category = c.category;
    r.unit = c.unit_code;
    r.status = c.status;
    r.reply = c.reply;
    r.reply_lang = c.reply_lang;
    r.receipt_lookup = c.receipt_lookup;
    r.created_at = c.created_at;
    r.updated_at = c.updated_at;
    return r;
}

}  // namespace

Result<CaseFile> open_case(storage::BureauStore& store, std::string_view case_no) {
    std::string no = bureau::normalize_case_no(case_no);
    auto row = store.tip(no);
    if (!row) return row.error();
    CaseFile f;
    if (*row) {
        f.row = std::move(**row);
    } else {
        // Not a kiosk tip: a case of another channel, typed in (hotline, mailbox, ...).
        no = bureau::normalize_any_case_no(case_no);
        auto c = bureau::store::find_case(store, no);
        if (!c) return c.error();
        if (!*c || (*c)->tip_id) return Error{Errc::not_found, "no case " + no};
        f.row = typed_case_row(**c);
    }
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
    const bool typed = f.ledger && !f.ledger->tip_id;  // its text is the ledger's body
    if (!typed) {
        auto pt = store.record_plaintext(f.row.record_id);
        if (pt && *pt) {
            auto tip = survey::parse_tip((*pt)->view());
            if (tip) f.tip.emplace(std::move(*tip));
        }
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
