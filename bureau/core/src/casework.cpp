#include "sk/bureau/casework.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/case_refs.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/lang.hpp"
#include "sk/survey/utf8.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

Result<store::CaseRow> load(storage::BureauStore& s, std::string_view typed) {
    const std::string no = normalize_any_case_no(typed);
    auto c = store::find_case(s, no);
    if (!c) return c.error();
    if (!c.value()) return Error{Errc::not_found, "没有案件 " + no + " (no case " + no + ")"};
    return std::move(*c.value());
}

// edit_cases, and for a handler a case assigned to them or to nobody.
Result<void> may_edit(const Actor& a, const store::CaseRow& c) {
    SK_TRY(authorize(a, Permission::edit_cases));
    if (a.role == Role::handler && !c.assignee.empty() && c.assignee != a.user) {
        return Error{Errc::permission_denied, "权限不足：案件 " + c.case_no + " 已分派给 " +
                                                  c.assignee + " (permission denied: " + c.case_no +
                                                  " is assigned to " + c.assignee + ")"};
    }
    return ok();
}

store::AuditEvent event(const Actor& a, std::string_view action, std::string_view case_no,
                        std::string before, std::string after, std::string_view now) {
    return {std::string(now),  a.user,          std::string(action), "case", std::string(case_no),
            std::move(before), std::move(after)};
}

std::string link_summary(const std::string& unit, const std::string& person) {
    return "unit " + (unit.empty() ? std::string("-") : unit) + ", person " +
           (person.empty() ? std::string("-") : person);
}

// The link change with its audit row "case.link" (before and after) and history entry.
Result<void> relink(storage::BureauStore& s, const Actor& a, const store::CaseRow& c,
                    const std::string& new_unit, const std::string& new_person,
                    std::string_view reason, std::string_view now) {
    return store::audited(s,
                          event(a, "case.link", c.case_no, link_summary(c.unit_code, c.staff_no),
                                link_summary(new_unit, new_person), now),
                          [&] {
                              return store::update_case_link(s, c.id, new_unit, new_person, a.user,
                                                             reason, now);
                          });
}

}  // namespace

std::string normalize_any_case_no(std::string_view typed) {
    std::string s;
    for (char c : typed) {
        if (c != ' ') s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    char prefix = 0, tail = 0;
    unsigned year = 0, num = 0;
    if (std::sscanf(s.c_str(), "%c-%4u-%u%c", &prefix, &year, &num, &tail) == 4 - 1 &&
        std::isalpha(static_cast<unsigned char>(prefix)) && year >= 2000 && num < 1000000) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%c-%04u-%04u", prefix, year, num);
        return buf;
    }
    return s;
}

Result<void> check_text(std::string_view what, std::string_view text, size_t max_chars) {
    auto len = survey::utf8_length(text);
    if (!len) return Error{Errc::invalid_argument, std::string(what) + " is not valid UTF-8"};
    if (survey::is_blank(text))
        return Error{Errc::invalid_argument, std::string(what) + " is empty"};
    if (*len > max_chars) {
        return Error{Errc::invalid_argument, std::string(what) + " has " + std::to_string(*len) +
                                                 " characters (at most " +
                                                 std::to_string(max_chars) + ")"};
    }
    return ok();
}

Result<NewCase> add_case(storage::BureauStore& s, const Actor& a, const NewCaseInput& in,
                         const CategoryIds& categories, const crypto::SignPublicKey* bureau_pk,
                         std::string_view now, uint32_t today) {
    SK_TRY(authorize(a, Permission::edit_cases));
    if (!is_typed_channel(in.channel)) {
        return Error{
            Errc::invalid_argument,
            "kiosk tips become cases when their batch is imported; choose another channel"};
    }
    if (std::find(categories.begin(), categories.end(), in.category) == categories.end()) {
        std::string names;
        for (const auto& c : categories) names += (names.empty() ? "" : ", ") + c;
        return Error{Errc::invalid_argument,
                     "unknown category \"" + in.category + "\" (one of: " + names + ")"};
    }
    SK_TRY(check_text("the case text", in.text));
    if (!in.source.empty() && !survey::is_valid_utf8(in.source)) {
        return Error{Errc::invalid_argument, "the source is not valid UTF-8"};
    }
    const uint32_t day = in.received_day ? in.received_day : today;
    if (!sync::is_valid_day_number(day)) return Error{Errc::invalid_argument, "invalid date"};
    if (day > today) {
        return Error{Errc::invalid_argument, "收到日期不能晚于今天 (the received date " +
                                                 sync::iso_from_day_number(day) +
                                                 " is in the future)"};
    }
    if (in.unit.empty()) return Error{Errc::invalid_argument, "a case needs --unit CODE"};
    SK_TRY(require_unit(s, in.unit));
    if (!in.staff_no.empty()) {
        auto unit = require_person(s, in.staff_no);
        if (!unit) return unit.error();
    }
    if (in.issue_receipt && !bureau_pk) {
        return Error{Errc::internal, "issuing a receipt needs the bureau's public key"};
    }

    store::CaseRow row;
    row.channel = std::string(channel_name(in.channel));
    row.category = in.category;
    row.unit_code = in.unit;
    row.staff_no = in.staff_no;
    row.status = std::string(case_state_name(CaseState::new_case));
    row.body = in.text;
    row.source = in.source;
    row.received_day = day;
    row.created_at = std::string(now);
    row.created_by = a.user;
    NewCase out;
    if (in.issue_receipt) {
        const std::string code = crypto::new_receipt_code();
        row.receipt_lookup = crypto::receipt_lookup_hash(code, *bureau_pk);
        out.receipt_code = crypto::format_receipt(code);
    }
    // A clerk racing another for the same number loses on the UNIQUE constraint and gets
    // an error; nothing is half-written.
    auto no = store::next_case_no(s, case_no_prefix(in.channel), static_cast<int>(day / 10000));
    if (!no) return no.error();
    row.case_no = no.value();
    const std::string after = "channel " + row.channel + ", unit " + row.unit_code + ", person " +
                              (row.staff_no.empty() ? "-" : row.staff_no) + ", category " +
                              row.category + (in.issue_receipt ? ", receipt" : "");
    SK_TRY(
        store::audited(s, event(a, "case.add", row.case_no, "", after, now), [&]() -> Result<void> {
            auto stored =
                store::insert_case(s, row, std::string(channel_label(in.channel, "zh-CN")));
            if (!stored) return stored.error();
            return ok();
        }));
    out.case_no = row.case_no;
    return out;
}

Result<void> link_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                       const std::optional<std::string>& unit,
                       const std::optional<std::string>& staff_no, std::string_view reason,
                       std::string_view now) {
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    if (!unit && !staff_no) return Error{Errc::invalid_argument, "link needs --person or --unit"};
    SK_TRY(check_text("the reason", reason, 2000));
    std::string new_unit = c->unit_code, new_person = c->staff_no;
    if (staff_no) {
        auto person_unit = require_person(s, *staff_no);
        if (!person_unit) return person_unit.error();
        new_person = *staff_no;
        if (!unit) new_unit = person_unit.value();
    }
    if (unit) {
        SK_TRY(require_unit(s, *unit));
        new_unit = *unit;
    }
    return relink(s, a, *c, new_unit, new_person, reason, now);
}

Result<void> unlink_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         bool unit, bool person, std::string_view reason, std::string_view now) {
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    if (!unit && !person) return Error{Errc::invalid_argument, "unlink needs a unit or a person"};
    if ((unit && c->unit_code.empty()) || (person && c->staff_no.empty())) {
        return Error{Errc::invalid_argument,
                     c->case_no + " is not linked to a " +
                         (person && c->staff_no.empty() ? "person" : "unit")};
    }
    SK_TRY(check_text("the reason", reason, 2000));
    const std::string new_unit = unit ? "" : c->unit_code;
    const std::string new_person = person ? "" : c->staff_no;
    return relink(s, a, *c, new_unit, new_person, reason, now);
}

Result<void> assign_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         std::string_view to, uint32_t due, std::string_view note,
                         std::string_view now, uint32_t today) {
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    if (a.role != Role::lead && to != a.user) {
        return Error{Errc::permission_denied,
                     "权限不足：经办人只能认领案件给自己 (permission denied: a handler may only "
                     "take a case for themselves)"};
    }
    if (!sync::is_valid_day_number(due)) return Error{Errc::invalid_argument, "invalid due date"};
    if (due < today) {
        return Error{Errc::invalid_argument, "办理期限不能早于今天 (the due date " +
                                                 sync::iso_from_day_number(due) + " has passed)"};
    }
    if (!is_open(parse_case_state(c->status) ? *parse_case_state(c->status) : CaseState::closed)) {
        return Error{Errc::invalid_argument, c->case_no + " is closed; reopen it first"};
    }
    SK_TRY(require_case_user(s, to));
    const std::string before = c->assignee.empty()
                                   ? "unassigned"
                                   : c->assignee + " due " + sync::iso_from_day_number(c->due_day);
    return store::audited(
        s,
        event(a, "case.assign", c->case_no, before,
              std::string(to) + " due " + sync::iso_from_day_number(due), now),
        [&] { return store::update_case_assignee(s, c->id, to, due, a.user, note, now); });
}

Result<void> change_case_status(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                                std::string_view status, std::string_view note,
                                std::string_view now) {
    auto to = parse_case_state(status);
    if (!to) return to.error();
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    SK_TRY(check_text("the note", note, 2000));
    auto from = parse_case_state(c->status);
    if (!from) return Error{Errc::internal, c->case_no + " has an unknown stored status"};
    auto allowed = check_case_transition(*from, *to);
    if (!allowed) return Error{allowed.error().code, c->case_no + ": " + allowed.error().message};
    store::StatusChange ch;
    ch.from = c->status;
    ch.to = std::string(case_state_name(*to));
    ch.finding = std::string(finding_name(finding_after(parse_finding(c->finding), *to)));
    ch.board_status = sync::case_status_name(board_status(*to));
    ch.action = "status";
    ch.user = a.user;
    ch.note = std::string(note);
    ch.now = std::string(now);
    return store::audited(s, event(a, "case.status", c->case_no, ch.from, ch.to, now),
                          [&] { return store::update_case_status(s, *c, ch); });
}

Result<void> reopen_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         std::string_view note, std::string_view now) {
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    SK_TRY(check_text("the note (the new facts)", note, 2000));
    auto from = parse_case_state(c->status);
    if (!from) return Error{Errc::internal, c->case_no + " has an unknown stored status"};
    auto allowed = check_reopen(*from);
    if (!allowed) return Error{allowed.error().code, c->case_no + ": " + allowed.error().message};
    store::StatusChange ch;
    ch.from = c->status;
    ch.to = std::string(case_state_name(CaseState::under_verification));
    ch.finding = "";
    ch.board_status = sync::case_status_name(board_status(CaseState::under_verification));
    ch.action = "reopen";
    ch.user = a.user;
    ch.note = std::string(note);
    ch.now = std::string(now);
    return store::audited(s, event(a, "case.reopen", c->case_no, ch.from, ch.to, now),
                          [&] { return store::update_case_status(s, *c, ch); });
}

Result<void> reply_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                        std::string_view text, std::string_view lang, std::string_view now) {
    auto c = load(s, case_no);
    if (!c) return c.error();
    SK_TRY(may_edit(a, *c));
    if (!survey::is_supported_lang(lang)) {
        return Error{Errc::invalid_argument,
                     "unsupported language \"" + std::string(lang) + "\" (zh-CN or en)"};
    }
    SK_TRY(check_text("the reply", text, 500));
    if (!c->tip_id && !c->receipt_lookup) {
        return Error{Errc::invalid_argument,
                     c->case_no + " has no receipt code; nobody could read a reply"};
    }
    return store::audited(s, event(a, "case.reply", c->case_no, "", std::string(lang), now), [&] {
        if (c->tip_id) return s.set_tip_reply(c->case_no, text, lang, now);
        return store::update_case_reply(s, c->id, text, lang, a.user, now);
    });
}

Result<store::CaseRow> get_case(storage::BureauStore& s, const Actor& a, std::string_view case_no) {
    SK_TRY(authorize(a, Permission::read_tips));
    return load(s, case_no);
}

Result<std::vector<store::CaseRow>> find_cases(storage::BureauStore& s, const Actor& a,
                                               const store::CaseFilter& f) {
    SK_TRY(authorize(a, Permission::read_tips));
    return store::list_cases(s, f);
}

Result<std::vector<std::string>> open_kiosk_cases(storage::BureauStore& s, std::string_view user,
                                                  std::string_view now) {
    // No audit row of its own: the import calls this inside the transaction of its "import"
    // row, which counts the batch's new cases.
    auto fresh = store::tips_without_case(s, user, now);
    if (!fresh) return fresh.error();
    // The note is case data a clerk reads (Chinese, like the rest of the bureau's records).
    SK_TRY(store::insert_cases(s, fresh.value(), "自助终端举报导入，自动立案"));
    std::vector<std::string> opened;
    for (const auto& row : fresh.value()) opened.push_back(row.case_no);
    return opened;
}

}  // namespace sk::bureau
