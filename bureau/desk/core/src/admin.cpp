// Admin state: buffers, tables, load and the lock's wipe. Actions: admin_actions.cpp.
#include "sk/desk/admin.hpp"

#include <cstring>

namespace sk::desk {

crypto::SecureBuffer& AdminDesk::slot(AdminField f) {
    switch (f) {
        case AdminField::user_name:
            return user_name_;
        case AdminField::passphrase:
            return passphrase_;
        case AdminField::repeated:
            return repeated_;
        case AdminField::kiosk_name:
            return kiosk_name_;
        case AdminField::rotate_passphrase:
            return rotate_passphrase_;
        case AdminField::audit_actor:
            return audit_actor_;
        case AdminField::audit_action:
            break;
    }
    return audit_action_;
}

char* AdminDesk::buffer(AdminField f) {
    return reinterpret_cast<char*>(slot(f).data());
}

size_t AdminDesk::capacity(AdminField f) const {
    return const_cast<AdminDesk*>(this)->slot(f).size();
}

std::string_view AdminDesk::text(AdminField f) const {
    const char* p = const_cast<AdminDesk*>(this)->buffer(f);
    // The last byte stays zero: InputText is given capacity-1 usable bytes.
    return std::string_view(p, strnlen(p, capacity(f) - 1));
}

void AdminDesk::wipe(AdminField f) {
    crypto::wipe(buffer(f), capacity(f));
}

Result<void> AdminDesk::reload_users(bureau::Session& s) {
    auto u = bureau::users(s);
    if (!u) return u.error();
    users_ = std::move(*u);
    return ok();
}

Result<void> AdminDesk::reload_kiosks(bureau::Session& s) {
    auto k = list_kiosk_rows(s);
    if (!k) return k.error();
    kiosks_ = std::move(*k);
    return ok();
}

Result<void> AdminDesk::reload_audit(bureau::Session& s) {
    return audit_.load(s, text(AdminField::audit_actor), text(AdminField::audit_action));
}

Result<void> AdminDesk::load(bureau::Session& s, const std::filesystem::path& start) {
    SK_TRY(reload_users(s));
    SK_TRY(reload_kiosks(s));
    SK_TRY(reload_audit(s));
    if (browser_.dir().empty()) (void)browser_.open(start);
    return ok();
}

void AdminDesk::clear() {
    for (AdminField f : {AdminField::user_name, AdminField::passphrase, AdminField::repeated,
                         AdminField::kiosk_name, AdminField::rotate_passphrase,
                         AdminField::audit_actor, AdminField::audit_action}) {
        wipe(f);
    }
    users_.clear();
    kiosks_.clear();
    selected_kiosk_ = 0;
    revoke_armed_ = false;
    for (std::string* e : {&user_error_, &kiosk_error_, &rotation_error_}) crypto::wipe(*e);
    picked_.clear();
    survey_check_.reset();
    published_.reset();
    rotation_armed_ = false;
    rotation_.reset();
    audit_.clear();
    tab_ = AdminTab::users;
}

std::vector<std::string> AdminDesk::data_strings() const {
    std::vector<std::string> out;
    for (const auto& u : users_) out.push_back(u.name + u.created_at + u.created_by);
    for (const auto& k : kiosks_) out.push_back(k.name + k.key_id + k.last_import);
    out.push_back(user_error_ + kiosk_error_ + rotation_error_);
    for (const auto& e : browser_.entries()) out.push_back(e.name);
    out.push_back(browser_.dir().string() + picked_.string());
    if (survey_check_) {
        out.push_back(survey_check_->id);
        out.insert(out.end(), survey_check_->errors.begin(), survey_check_->errors.end());
    }
    if (published_) out.push_back(published_->outbox_file.string());
    if (rotation_) {
        out.push_back(rotation_->statement);
        out.insert(out.end(), rotation_->slots_dropped.begin(), rotation_->slots_dropped.end());
    }
    for (const auto& l : audit_.lines()) out.push_back(l.time + l.actor + l.action + l.target);
    if (audit_.check()) out.push_back(audit_.check()->problem);
    return out;
}

}  // namespace sk::desk
