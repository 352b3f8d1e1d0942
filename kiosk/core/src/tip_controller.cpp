#include "tip_controller.hpp"

#include <algorithm>
#include <cstring>

#include "sk/crypto/receipt.hpp"
#include "tip_view.hpp"

namespace sk::kiosk {

namespace {
bool is_tip_page(Screen s) {
    const auto& p = tip_pages();
    return std::find(p.begin(), p.end(), s) != p.end();
}
}  // namespace

void TipController::enter(const Intent& in) {
    if (!std::holds_alternative<intent::StartTip>(in) || !s_.content.bureau) return;
    s_.host.new_session();
    tip_.emplace(s_.categories, s_.pool);
    s_.host.go(Screen::tip_intro);
}

void TipController::handle(Screen on, const Intent& in) {
    if (on == Screen::receipt_shown) {
        if (std::holds_alternative<intent::ConfirmCodeNoted>(in))
            s_.host.leave_session(Screen::attract);
        return;
    }
    if (!tip_) return;
    if (on == Screen::tip_intro) {
        if (std::holds_alternative<intent::Next>(in)) s_.host.go(Screen::tip_category);
        if (std::holds_alternative<intent::Back>(in)) s_.host.leave_session(Screen::home);
    } else if (on == Screen::tip_contact_confirm) {
        // The warning is answered: yes turns contact on, no (or Back) keeps the tip anonymous.
        const bool yes = std::holds_alternative<intent::ConfirmContact>(in);
        if (yes || std::holds_alternative<intent::CancelContact>(in) ||
            std::holds_alternative<intent::Back>(in)) {
            tip_->set_contact(yes);
            s_.host.go(Screen::tip_contact);
        }
    } else if (on == Screen::tip_review) {
        if (const auto* e = std::get_if<intent::EditTipPage>(&in)) {
            if (is_tip_page(static_cast<Screen>(e->screen)))
                s_.host.go(static_cast<Screen>(e->screen));
        } else if (std::holds_alternative<intent::Back>(in)) {
            s_.host.go(Screen::tip_contact);
        } else if (std::holds_alternative<intent::Submit>(in)) {
            submit();
        }
    } else if (is_tip_page(on)) {
        page_intent(on, in);
    }
}

void TipController::page_intent(Screen on, const Intent& in) {
    if (const auto* c = std::get_if<intent::ChooseTipCategory>(&in)) {
        if (on == Screen::tip_category) tip_->choose_category(c->index);
    } else if (const auto* sc = std::get_if<intent::ChooseTipSubcategory>(&in)) {
        if (on == Screen::tip_category) tip_->choose_subcategory(sc->index);
    } else if (const auto* f = std::get_if<intent::ChooseTipFrequency>(&in)) {
        if (on == Screen::tip_details) tip_->choose_frequency(f->index);
    } else if (const auto* w = std::get_if<intent::SetContactWanted>(&in)) {
        if (on != Screen::tip_contact) return;
        if (w->wanted && !tip_->contact_wanted) {
            s_.host.go(Screen::tip_contact_confirm);  // the warning comes first
        } else if (!w->wanted) {
            tip_->set_contact(false);
        }
    } else if (std::holds_alternative<intent::Next>(in)) {
        next(on);
    } else if (std::holds_alternative<intent::Back>(in)) {
        back(on);
    } else if (std::holds_alternative<intent::Review>(in)) {
        review();
    }
}

void TipController::next(Screen on) {
    if (!tip_->validate(on)) return;
    const auto& p = tip_pages();
    auto it = std::find(p.begin(), p.end(), on);
    if (it + 1 == p.end()) {
        review();
        return;
    }
    const Screen page = *(it + 1);
    s_.host.go(page);
    // A required text field that is still empty is what the person does next: its
    // keyboard is up already (one tap less, as on the receipt lookup).
    for (const TipFieldSpec& spec : tip_field_specs()) {
        if (spec.page != page || !(spec.id == field::tip_unit || spec.id == field::tip_what))
            continue;
        if (s_.pool.text(spec.id).empty()) s_.host.open_keyboard(spec.id);
    }
}

void TipController::back(Screen on) {
    const auto& p = tip_pages();
    auto it = std::find(p.begin(), p.end(), on);
    if (it == p.begin()) {
        s_.host.go(Screen::tip_intro);
    } else if (it != p.end()) {
        s_.host.go(*(it - 1));
    }
}

void TipController::review() {
    s_.host.go(tip_->validate(Screen::tip_review) ? Screen::tip_review
                                                  : tip_->first_invalid_page());
}

// Anti-flood: only the kiosk's single in-memory "last tip" instant is consulted (steady
// clock, so setting the wall clock changes nothing), nothing about who is at the screen.
bool TipController::flood_refused() {
    if (!last_tip_at_ || min_interval_.count() <= 0) return false;
    auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(s_.clock.now() - *last_tip_at_);
    if (elapsed >= min_interval_) return false;
    const int64_t wait = (min_interval_ - elapsed).count();
    // Not logged: a row per refusal would date a tip to within the interval.
    s_.host.show_submit_error({{"submit.too_soon", {{"seconds", std::to_string(wait)}}},
                               "anti-flood interval",
                               Screen::tip_review,
                               int(wait)});
    return true;
}

void TipController::submit() {
    if (flood_refused()) return;
    if (!tip_->validate(Screen::tip_review)) {
        s_.host.go(tip_->first_invalid_page());
        return;
    }
    // The code is made once per tip and kept across a failed attempt: the sealed record and
    // the code shown afterwards must match.
    if (receipt_.empty()) {
        std::string code = crypto::new_receipt_code();
        receipt_ = crypto::SecureBuffer(code.size() + 1);
        std::memcpy(receipt_.data(), code.data(), code.size());
        crypto::wipe(code);
    }
    std::string_view code(reinterpret_cast<const char*>(receipt_.data()), receipt_.size() - 1);
    auto pt = tip_->serialize(code, lang_code(s_.host.lang()));
    if (!pt) {
        s_.host.show_submit_error(submit_failure(pt.error(), Screen::tip_review));
        return;
    }
    auto r = s_.sealer.seal_and_store(crypto::RecordKind::tip, "", *pt);
    pt->reset();
    if (!r) {
        s_.host.show_submit_error(submit_failure(r.error(), Screen::tip_review));
        return;
    }
    last_tip_at_ = s_.clock.now();
    std::string grouped = crypto::format_receipt(code);
    receipt_grouped_ = crypto::SecureBuffer(grouped.size() + 1);
    std::memcpy(receipt_grouped_.data(), grouped.data(), grouped.size());
    crypto::wipe(grouped);
    s_.host.wipe_typed();  // the tip's text is gone now; only the code stays until noted
    s_.host.go(Screen::receipt_shown);
}

void TipController::fill_view(Screen current, AppView& v) const {
    if (tip_) fill_tip_view(*tip_, s_.categories, s_.i18n, current, v.tip);
    // The code only ever appears on the screen that shows it after a committed tip.
    if (current != Screen::receipt_shown) return;
    if (!receipt_.empty())
        v.receipt.code = std::string_view(reinterpret_cast<const char*>(receipt_.data()));
    if (!receipt_grouped_.empty())
        v.receipt.code_grouped =
            std::string_view(reinterpret_cast<const char*>(receipt_grouped_.data()));
}

std::optional<KeyboardTarget> TipController::keyboard_target(Screen on, FieldId f) const {
    if (!tip_) return std::nullopt;
    for (const TipFieldSpec& spec : tip_field_specs()) {
        if (spec.id != f || spec.page != on) continue;
        if (f == field::tip_contact && !tip_->contact_wanted) return std::nullopt;
        return KeyboardTarget{f, spec.multiline ? FieldKind::long_text : FieldKind::short_text,
                              survey::tip_field_max_len(spec.tip_field), f == field::tip_contact};
    }
    return std::nullopt;
}

void TipController::text_edited(FieldId f) {
    if (tip_) tip_->text_edited(f);
}

bool TipController::has_input() const {
    return tip_ && (tip_->category >= 0 || tip_->frequency >= 0 || tip_->contact_wanted);
}

void TipController::wipe_typed() {
    if (tip_) tip_->wipe();
}

void TipController::reset() {
    tip_.reset();
    if (!receipt_.empty()) crypto::wipe(receipt_.data(), receipt_.size());
    if (!receipt_grouped_.empty()) crypto::wipe(receipt_grouped_.data(), receipt_grouped_.size());
    receipt_.reset();
    receipt_grouped_.reset();
}

}  // namespace sk::kiosk
