// The case page's forms: reopen, assign, link/unlink, talk and sanction entry. Each reads
// the desk's form buffers, calls the desk core's form function (which calls the same
// casework function as the CLI), and on success wipes what was typed and refreshes the table.
#include <algorithm>
#include <cstring>

#include "sk/bureau/clock.hpp"
#include "sk/desk/case_actions.hpp"
#include "sk/desk/desk.hpp"
#include "sk/desk/sanction_form.hpp"
#include "sk/desk/talk_form.hpp"

namespace sk::desk {

std::string_view Desk::text(FormField f) const {
    const char* p = const_cast<Desk*>(this)->forms_.buffer(f);
    return std::string_view(p, strnlen(p, forms_.capacity(f) - 1));
}

void Desk::prefill_case_forms() {
    case_errors_.clear();
    case_section_ = intent::CaseSection::status;
    for (auto f : {FormField::assign_to, FormField::assign_due, FormField::link_staff,
                   FormField::link_unit, FormField::link_reason, FormField::talk_note,
                   FormField::sanction_decision, FormField::sanction_override}) {
        forms_.wipe(f);
    }
    // The usual answers: held by me, today.
    const std::string today = bureau::day_to_iso(clock_.today());
    forms_.set(FormField::talk_date, today);
    forms_.set(FormField::sanction_date, today);
    forms_.set(FormField::talk_by, session_ ? session_->actor.user : "");
    forms_.set(FormField::assign_to, session_ ? session_->actor.user : "");
}

void Desk::after_case_change(const char* done_key) {
    // The table row follows the ledger (status, last update).
    cases_->set_status(case_file_->row.case_no, case_file_->row.status, clock_.now());
    ++data_generation_;
    set_ok(tr(lang(), done_key));
}

void Desk::on(const intent::ReopenCase&) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    if (!reopen_case(*session_, *case_file_, text(Field::note), clock_.now(), case_errors_)) {
        return set_error(tr(lang(), "form.not_saved"));
    }
    crypto::wipe(buffer(Field::note), capacity(Field::note));
    after_case_change("case.reopened");
}

void Desk::on(const intent::AssignCase&) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    AssignForm form{std::string(text(FormField::assign_to)),
                    std::string(text(FormField::assign_due)), std::string(text(Field::note))};
    if (!assign_case(*session_, *case_file_, form, clock_.now(), clock_.today(), case_errors_)) {
        return set_error(tr(lang(), "form.not_saved"));
    }
    forms_.wipe(FormField::assign_due);
    crypto::wipe(buffer(Field::note), capacity(Field::note));
    after_case_change("case.assigned");
}

void Desk::on(const intent::LinkCase&) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    LinkForm form{std::string(text(FormField::link_staff)), std::string(text(FormField::link_unit)),
                  std::string(text(FormField::link_reason))};
    if (!link_case(*session_, *case_file_, form, clock_.now(), case_errors_)) {
        return set_error(tr(lang(), "form.not_saved"));
    }
    for (auto f : {FormField::link_staff, FormField::link_unit, FormField::link_reason}) {
        forms_.wipe(f);
    }
    after_case_change("case.linked");
}

void Desk::on(const intent::UnlinkCase& i) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    if (!unlink_case(*session_, *case_file_, i.unit, i.person, text(FormField::link_reason),
                     clock_.now(), case_errors_)) {
        return set_error(tr(lang(), "form.not_saved"));
    }
    forms_.wipe(FormField::link_reason);
    after_case_change("case.unlinked");
}

void Desk::on(const intent::ShowCaseSection& i) {
    case_section_ = i.section;
    case_errors_.clear();
    set_ok("");  // the last section's "not saved" does not belong to this one
}

std::optional<size_t> Desk::case_cursor() const {
    if (!case_cursor_ || !cases_ || cases_->shown() == 0) return std::nullopt;
    return std::min(*case_cursor_, cases_->shown() - 1);  // a filter may have shortened it
}

void Desk::on(const intent::MoveCaseCursor& i) {
    if (!cases_ || cases_->shown() == 0) return;
    const auto at = case_cursor();
    // The first arrow lands on the first row; then one row (or a page) per press, clamped.
    const int64_t next = at ? int64_t(*at) + i.by : 0;
    case_cursor_ = size_t(std::clamp<int64_t>(next, 0, int64_t(cases_->shown()) - 1));
}

void Desk::on(const intent::OpenCaseAtCursor&) {
    const auto at = case_cursor();
    if (!at || !authorized(bureau::Permission::read_tips)) return;
    open_case(*cases_->row(*at).case_no);
}

void Desk::on(const intent::SetTalkKind& i) {
    talk_kind_ = i.kind;
}

void Desk::on(const intent::AddTalk&) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    TalkForm form{talk_kind_, std::string(text(FormField::talk_date)),
                  std::string(text(FormField::talk_by)), std::string(text(FormField::talk_note))};
    auto id = record_talk(*session_, *case_file_, form, clock_.now(), clock_.today(), case_errors_);
    crypto::wipe(form.note);
    if (!id) return set_error(tr(lang(), "form.not_saved"));
    forms_.wipe(FormField::talk_note);
    after_case_change("talk.recorded");
}

void Desk::on(const intent::SetSanctionKind& i) {
    sanction_kind_ = i.kind;
}

void Desk::on(const intent::AddSanction&) {
    if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
    SanctionForm form{sanction_kind_, std::string(text(FormField::sanction_date)),
                      std::string(text(FormField::sanction_decision)),
                      std::string(text(FormField::sanction_override))};
    auto id =
        record_sanction(*session_, *case_file_, form, clock_.now(), clock_.today(), case_errors_);
    if (!id) return set_error(tr(lang(), "form.not_saved"));
    forms_.wipe(FormField::sanction_decision);
    forms_.wipe(FormField::sanction_override);
    after_case_change("sanction.recorded");
}

void Desk::wipe_forms() {
    forms_.wipe_all();
    crypto::wipe(case_errors_.refusal);
    case_errors_.clear();
    monthly_.clear();
    scores_.clear();
    case_cursor_.reset();
    reports_tab_ = intent::ReportsTab::survey;
}

}  // namespace sk::desk
