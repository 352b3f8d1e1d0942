// The Admin screen's state (lead role): users and roles, kiosks, surveys, key rotation and
// the audit log, each through the bureau core (the functions behind `bureau user/kiosk/
// sign-survey/rotate-keys/audit`). Knows nothing of ImGui. The core authorizes every action;
// this state only keeps what the views show: rows, the form refusals beside their fields,
// the rotation's two steps and its result.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/desk/admin_intents.hpp"
#include "sk/desk/admin_kiosks.hpp"
#include "sk/desk/admin_surveys.hpp"
#include "sk/desk/admin_users.hpp"
#include "sk/desk/audit_viewer.hpp"
#include "sk/desk/folder_browser.hpp"
#include "sk/desk/strings.hpp"

namespace sk::desk {

enum class AdminField {
    user_name,
    passphrase,
    repeated,
    kiosk_name,
    rotate_passphrase,
    audit_actor,
    audit_action
};

// What an admin action needs besides the intent.
struct AdminContext {
    bureau::Session& session;
    const std::filesystem::path& home;
    std::string now;  // RFC 3339
    uint32_t today;   // YYYYMMDD, local
    Lang lang;
};

struct RotationSummary {
    std::string old_seal, old_sign, new_seal, new_sign;  // key ids, hex
    std::string statement;                               // the statement file
    std::vector<std::string> slots_dropped;              // users who need a new passphrase
};

class AdminDesk {
  public:
    // Fills the tables the screen opens on; the browser starts at `start`.
    Result<void> load(bureau::Session& s, const std::filesystem::path& start);
    // The line for the desk's message bar, or the core's refusal.
    Result<std::string> act(const AdminContext& c, const AdminIntent& i);
    // The lock: every buffer wiped, every row dropped.
    void clear();

    char* buffer(AdminField f);
    size_t capacity(AdminField f) const;
    std::string_view text(AdminField f) const;

    AdminTab tab() const { return tab_; }
    const std::vector<bureau::store::User>& users() const { return users_; }
    bureau::Role new_user_role() const { return new_role_; }
    const std::string& user_error() const { return user_error_; }
    const std::vector<KioskRow>& kiosks() const { return kiosks_; }
    int64_t selected_kiosk() const { return selected_kiosk_; }  // 0: none
    const std::string& kiosk_error() const { return kiosk_error_; }
    // Revoking the selected kiosk waits for a confirmation.
    bool revoke_armed() const { return revoke_armed_; }
    const FolderBrowser& browser() const { return browser_; }
    const std::filesystem::path& picked() const { return picked_; }
    const std::optional<SurveyCheck>& survey_check() const { return survey_check_; }
    const std::optional<bureau::PublishedSurvey>& published() const { return published_; }
    bool rotation_armed() const { return rotation_armed_; }
    const std::optional<RotationSummary>& rotation() const { return rotation_; }
    const std::string& rotation_error() const { return rotation_error_; }
    const AuditViewer& audit() const { return audit_; }
    // Every string the screen can show (glyph baking).
    std::vector<std::string> data_strings() const;

  private:
    Result<void> reload_users(bureau::Session& s);
    Result<void> reload_kiosks(bureau::Session& s);
    Result<void> reload_audit(bureau::Session& s);
    Result<std::string> act_users(const AdminContext& c, const AdminIntent& i);
    Result<std::string> act_kiosks(const AdminContext& c, const AdminIntent& i);
    Result<std::string> act_other(const AdminContext& c, const AdminIntent& i);
    Result<std::string> rotate(const AdminContext& c);
    void wipe(AdminField f);
    crypto::SecureBuffer& slot(AdminField f);

    AdminTab tab_ = AdminTab::users;
    crypto::SecureBuffer user_name_{64}, passphrase_{256}, repeated_{256}, kiosk_name_{256},
        rotate_passphrase_{256}, audit_actor_{64}, audit_action_{64};
    std::vector<bureau::store::User> users_;
    bureau::Role new_role_ = bureau::Role::handler;
    std::string user_error_;
    std::vector<KioskRow> kiosks_;
    int64_t selected_kiosk_ = 0;
    std::string kiosk_error_;
    bool revoke_armed_ = false;
    FolderBrowser browser_;
    std::filesystem::path picked_;
    std::optional<SurveyCheck> survey_check_;
    std::optional<bureau::PublishedSurvey> published_;
    bool rotation_armed_ = false;
    std::optional<RotationSummary> rotation_;
    std::string rotation_error_;
    AuditViewer audit_;
};

}  // namespace sk::desk
