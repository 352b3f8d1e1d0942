// What each Admin intent does, through the bureau core. A refusal is kept beside the form
// it is about (and returned for the message line); a success reloads the table it changed.
#include <type_traits>

#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/desk/admin.hpp"

namespace sk::desk {

namespace {

// Keeps `r`'s refusal in `beside` (cleared on success) and passes `r` on.
template <class T>
Result<T> noted(Result<T> r, std::string& beside) {
    if (r)
        crypto::wipe(beside);
    else
        beside = r.error().message;
    return r;
}

}  // namespace

Result<std::string> AdminDesk::act(const AdminContext& c, const AdminIntent& i) {
    if (const auto* t = std::get_if<admin::ShowTab>(&i)) {
        tab_ = t->tab;
        // A tab shows the store as it is now (other tabs' actions add audit rows).
        if (tab_ == AdminTab::users) SK_TRY(reload_users(c.session));
        if (tab_ == AdminTab::kiosks) SK_TRY(reload_kiosks(c.session));
        if (tab_ == AdminTab::audit) SK_TRY(reload_audit(c.session));
        // The stick may have changed since the folder was listed.
        if ((tab_ == AdminTab::kiosks || tab_ == AdminTab::surveys) && !browser_.dir().empty()) {
            (void)browser_.open(browser_.dir());
        }
        return std::string();
    }
    using namespace admin;
    if (std::holds_alternative<SetNewUserRole>(i) || std::holds_alternative<AddUser>(i) ||
        std::holds_alternative<DisableUser>(i) || std::holds_alternative<ResetPassphrase>(i) ||
        std::holds_alternative<ChangeRole>(i) || std::holds_alternative<EnableUser>(i)) {
        return act_users(c, i);
    }
    if (std::holds_alternative<SelectKiosk>(i) || std::holds_alternative<RegisterKiosk>(i) ||
        std::holds_alternative<RenameKiosk>(i) || std::holds_alternative<ArmRevoke>(i) ||
        std::holds_alternative<CancelRevoke>(i) || std::holds_alternative<RevokeKiosk>(i)) {
        return act_kiosks(c, i);
    }
    return act_other(c, i);
}

Result<std::string> AdminDesk::act_users(const AdminContext& c, const AdminIntent& i) {
    using namespace admin;
    if (const auto* r = std::get_if<SetNewUserRole>(&i)) {
        new_role_ = r->role;
        return std::string();
    }
    if (std::holds_alternative<AddUser>(i)) {
        NewUserForm f{text(AdminField::user_name), new_role_, text(AdminField::passphrase),
                      text(AdminField::repeated)};
        auto u = noted(add_desk_user(c.session, c.home, f, c.now), user_error_);
        wipe(AdminField::passphrase);
        wipe(AdminField::repeated);
        if (!u) return u.error();
        wipe(AdminField::user_name);
        SK_TRY(reload_users(c.session));
        return std::string(tr(c.lang, "admin.user_added")) + " " + u->name;
    }
    if (const auto* d = std::get_if<DisableUser>(&i)) {
        SK_TRY(noted(bureau::disable_user(c.session, c.home, d->name, c.now), user_error_));
        SK_TRY(reload_users(c.session));
        return std::string(tr(c.lang, "admin.user_disabled")) + " " + d->name;
    }
    if (const auto* p = std::get_if<ResetPassphrase>(&i)) {
        auto r =
            noted(reset_desk_passphrase(c.session, c.home, p->name, text(AdminField::passphrase),
                                        text(AdminField::repeated), c.now),
                  user_error_);
        wipe(AdminField::passphrase);
        wipe(AdminField::repeated);
        if (!r) return r.error();
        return std::string(tr(c.lang, "admin.passphrase_set")) + " " + p->name;
    }
    if (const auto* r = std::get_if<ChangeRole>(&i)) {
        SK_TRY(noted(bureau::set_user_role(c.session, r->name, r->role, c.now), user_error_));
        SK_TRY(reload_users(c.session));
        return std::string(tr(c.lang, "admin.role_changed")) + " " + r->name;
    }
    if (const auto* e = std::get_if<EnableUser>(&i)) {
        auto r = noted(enable_desk_user(c.session, c.home, e->name, text(AdminField::passphrase),
                                        text(AdminField::repeated), c.now),
                       user_error_);
        wipe(AdminField::passphrase);
        wipe(AdminField::repeated);
        if (!r) return r.error();
        SK_TRY(reload_users(c.session));
        return std::string(tr(c.lang, "admin.user_enabled")) + " " + e->name;
    }
    return std::string();
}

Result<std::string> AdminDesk::act_kiosks(const AdminContext& c, const AdminIntent& i) {
    using namespace admin;
    if (const auto* k = std::get_if<SelectKiosk>(&i)) {
        selected_kiosk_ = k->id;
        revoke_armed_ = false;  // a confirmation is for one kiosk
        crypto::wipe(kiosk_error_);
        return std::string();
    }
    if (std::holds_alternative<ArmRevoke>(i)) {
        revoke_armed_ = selected_kiosk_ != 0;
        return std::string();
    }
    if (std::holds_alternative<CancelRevoke>(i)) {
        revoke_armed_ = false;
        return std::string();
    }
    if (std::holds_alternative<RevokeKiosk>(i)) {
        // Two steps: it cannot be undone.
        if (!revoke_armed_) {
            kiosk_error_ = "请先确认吊销 (confirm the revocation first)";
            return Error{Errc::invalid_argument, kiosk_error_};
        }
        revoke_armed_ = false;
        SK_TRY(noted(bureau::revoke_kiosk(c.session, selected_kiosk_, c.now), kiosk_error_));
        SK_TRY(reload_kiosks(c.session));
        return std::string(tr(c.lang, "admin.kiosk_revoked"));
    }
    if (std::holds_alternative<RegisterKiosk>(i)) {
        auto k = noted(register_kiosk_file(c.session, picked_, text(AdminField::kiosk_name), c.now),
                       kiosk_error_);
        if (!k) return k.error();
        wipe(AdminField::kiosk_name);
        SK_TRY(reload_kiosks(c.session));
        return std::string(tr(c.lang, "admin.kiosk_registered")) + " " + k->name;
    }
    if (std::holds_alternative<RenameKiosk>(i)) {
        auto k = noted(
            bureau::rename_kiosk(c.session, selected_kiosk_, text(AdminField::kiosk_name), c.now),
            kiosk_error_);
        if (!k) return k.error();
        wipe(AdminField::kiosk_name);
        SK_TRY(reload_kiosks(c.session));
        return std::string(tr(c.lang, "admin.kiosk_renamed")) + " " + k->name;
    }
    return std::string();
}

Result<std::string> AdminDesk::act_other(const AdminContext& c, const AdminIntent& i) {
    using namespace admin;
    const std::string today = bureau::day_to_iso(c.today);
    if (std::holds_alternative<BrowseUp>(i)) {
        SK_TRY(browser_.up());
    } else if (const auto* e = std::get_if<BrowseEnter>(&i)) {
        SK_TRY(browser_.enter(e->entry));
    } else if (const auto* p = std::get_if<PickFile>(&i)) {
        if (p->entry >= browser_.entries().size() || browser_.entries()[p->entry].is_dir) {
            return std::string();
        }
        picked_ = browser_.dir() / browser_.entries()[p->entry].name;
        survey_check_.reset();
        published_.reset();
    } else if (std::holds_alternative<ValidateSurvey>(i)) {
        survey_check_ = check_survey_file(picked_, today);
        published_.reset();
        if (!survey_check_->ok) return Error{Errc::invalid_argument, survey_check_->errors[0]};
        return std::string(tr(c.lang, "admin.survey_valid"));
    } else if (std::holds_alternative<SignSurvey>(i)) {
        published_.reset();
        auto p = sign_survey_file(c.session, c.home, picked_, c.now, today);
        if (!p) {
            survey_check_ = SurveyCheck{picked_, false, "", 0, 0, {p.error().message}};
            return p.error();
        }
        published_ = std::move(*p);
        return std::string(tr(c.lang, "admin.survey_published")) + " " +
               published_->outbox_file.filename().string();
    } else if (std::holds_alternative<ArmRotation>(i)) {
        rotation_armed_ = true;
        rotation_.reset();
        crypto::wipe(rotation_error_);
    } else if (std::holds_alternative<CancelRotation>(i)) {
        rotation_armed_ = false;
        wipe(AdminField::rotate_passphrase);
    } else if (std::holds_alternative<RotateKeys>(i)) {
        auto r = noted(rotate(c), rotation_error_);
        wipe(AdminField::rotate_passphrase);
        return r;
    } else if (std::holds_alternative<FilterAudit>(i)) {
        SK_TRY(reload_audit(c.session));
    } else if (std::holds_alternative<VerifyAudit>(i)) {
        SK_TRY(audit_.verify(c.session));
        if (!audit_.check()->ok) return Error{Errc::conflict, audit_.check()->problem};
        return std::string();  // the verdict is shown with the table
    }
    return std::string();
}

Result<std::string> AdminDesk::rotate(const AdminContext& c) {
    // Two steps: a stray click on the button does not rotate.
    if (!rotation_armed_) {
        return Error{Errc::invalid_argument, "请先确认轮换密钥 (confirm the key rotation first)"};
    }
    const std::string_view pass = text(AdminField::rotate_passphrase);
    // The acting user's slot is rewritten under this passphrase: it must be theirs.
    if (auto k = bureau::open_slot(c.home, c.session.actor.user, pass); !k) return k.error();
    auto r = bureau::rotate_keys(c.session, c.home, pass, c.now);
    if (!r) return r.error();
    rotation_armed_ = false;
    RotationSummary s;
    s.old_seal = to_hex(r->old_keys.seal_id());
    s.old_sign = to_hex(r->old_keys.sign_id());
    s.new_seal = to_hex(r->new_keys.seal_id());
    s.new_sign = to_hex(r->new_keys.sign_id());
    s.statement = r->statement.string();
    s.slots_dropped = r->slots_dropped;
    rotation_ = std::move(s);
    SK_TRY(reload_users(c.session));
    return std::string(tr(c.lang, "admin.rotated"));
}

}  // namespace sk::desk
