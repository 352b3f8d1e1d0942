// What the Admin screen's views ask for (lead role). One variant of its own, carried by
// intent::Admin, so the desk's shared intent list grows by one entry only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "sk/bureau/role.hpp"

namespace sk::desk {

enum class AdminTab { users, kiosks, surveys, keys, audit };

namespace admin {
struct ShowTab {
    AdminTab tab;
};
struct SetNewUserRole {  // the add form's role
    bureau::Role role;
};
struct AddUser {};  // name and passphrase (twice) typed into the desk's buffers
struct DisableUser {
    std::string name;
};
struct ResetPassphrase {  // the passphrase (twice) typed into the desk's buffers
    std::string name;
};
struct ChangeRole {
    std::string name;
    bureau::Role role;
};
struct EnableUser {  // with a new passphrase (twice) typed into the desk's buffers
    std::string name;
};
struct ArmRevoke {};  // step 1: the selected kiosk; the view asks to confirm
struct CancelRevoke {};
struct RevokeKiosk {};  // step 2: confirmed
struct BrowseUp {};     // the Admin screen's own file browser (key files, survey sources)
struct BrowseEnter {
    size_t entry;
};
struct PickFile {
    size_t entry;
};
struct RegisterKiosk {};  // the picked .pub file, the name typed (or from the file name)
struct SelectKiosk {      // the kiosk the rename field is for
    int64_t id;
};
struct RenameKiosk {};  // the selected kiosk, the name typed
struct ValidateSurvey {};
struct SignSurvey {};   // sign and publish the picked survey source
struct ArmRotation {};  // step 1: show what rotation does and ask for the passphrase
struct CancelRotation {};
struct RotateKeys {};   // step 2: with the acting user's passphrase typed
struct FilterAudit {};  // actor and action typed into the desk's buffers
struct VerifyAudit {};
}  // namespace admin

using AdminIntent =
    std::variant<admin::ShowTab, admin::SetNewUserRole, admin::AddUser, admin::DisableUser,
                 admin::ResetPassphrase, admin::BrowseUp, admin::BrowseEnter, admin::PickFile,
                 admin::RegisterKiosk, admin::SelectKiosk, admin::RenameKiosk,
                 admin::ValidateSurvey, admin::SignSurvey, admin::ArmRotation,
                 admin::CancelRotation, admin::RotateKeys, admin::FilterAudit, admin::VerifyAudit,
                 admin::ChangeRole, admin::EnableUser, admin::ArmRevoke, admin::CancelRevoke,
                 admin::RevokeKiosk>;

}  // namespace sk::desk
