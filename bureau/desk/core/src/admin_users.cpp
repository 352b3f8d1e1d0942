#include "sk/desk/admin_users.hpp"

namespace sk::desk {

namespace {

Result<void> same_twice(std::string_view a, std::string_view b) {
    if (a != b) {
        return Error{Errc::invalid_argument, "两次输入的口令不一致 (the two passphrases differ)"};
    }
    return ok();
}

}  // namespace

Result<bureau::store::User> add_desk_user(bureau::Session& s, const std::filesystem::path& home,
                                          const NewUserForm& f, std::string_view now) {
    SK_TRY(same_twice(f.passphrase, f.repeated));
    return bureau::add_user(s, home, f.name, f.role, f.passphrase, now);
}

Result<void> reset_desk_passphrase(bureau::Session& s, const std::filesystem::path& home,
                                   std::string_view name, std::string_view passphrase,
                                   std::string_view repeated, std::string_view now) {
    SK_TRY(same_twice(passphrase, repeated));
    return bureau::set_user_passphrase(s, home, name, passphrase, now);
}

Result<void> enable_desk_user(bureau::Session& s, const std::filesystem::path& home,
                              std::string_view name, std::string_view passphrase,
                              std::string_view repeated, std::string_view now) {
    SK_TRY(same_twice(passphrase, repeated));
    return bureau::enable_user(s, home, name, passphrase, now);
}

}  // namespace sk::desk
