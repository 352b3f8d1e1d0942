#include "home_unlock.hpp"

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::bureau::detail {

namespace fs = std::filesystem;

namespace {

// Copies bureau.sec into the first user's slot once the passphrase is proven to open it.
Result<void> migrate_single_passphrase(const fs::path& home, const std::string& user,
                                       std::string_view passphrase) {
    const HomePaths p(home);
    SK_TRY(finish_interrupted_rotation(home, p.sec, passphrase));
    auto bytes = read_file(p.sec, 4096);
    if (!bytes) return bytes.error();
    auto keys = crypto::decrypt_bureau_secret(bytes.value(), passphrase);
    if (!keys) {
        if (keys.error().code == Errc::wrong_passphrase) {
            return Error{Errc::wrong_passphrase,
                         "wrong passphrase for " + p.sec.string() + " (or the file was altered)"};
        }
        return Error{keys.error().code, p.sec.string() + ": " + keys.error().message};
    }
    std::error_code ec;
    fs::create_directories(slots_dir(home), ec);
    if (ec) return Error{Errc::io_error, "cannot create " + slots_dir(home).string()};
    return write_file(slot_path(home, user), bytes.value(), true, 0600);
}

}  // namespace

Result<std::string> resolve_user(const fs::path& home, std::string_view user,
                                 std::string_view passphrase) {
    if (!user.empty()) SK_TRY(store::check_user_name(user));
    auto users = slot_users(home);
    if (!users) return users.error();
    std::error_code ec;
    if (users->empty() && fs::exists(HomePaths(home).sec, ec)) {
        const std::string first(user.empty() ? kDefaultFirstUser : user);
        SK_TRY(migrate_single_passphrase(home, first, passphrase));
        return first;
    }
    if (!user.empty()) return std::string(user);
    if (users->size() == 1) return users->front();
    if (users->empty()) {
        return Error{Errc::not_found, "no bureau key in " + home.string() +
                                          " (no slots/ and no bureau.sec; run bureau keygen "
                                          "or pass --dir)"};
    }
    return Error{Errc::invalid_argument,
                 "有多个用户，请用 --user 指定 (several users: pass --user NAME or set "
                 "SK_BUREAU_USER)"};
}

Result<crypto::BureauSecretKeys> open_user_keys(const fs::path& home, std::string_view user,
                                                std::string_view passphrase) {
    auto pending = pending_rotation_user(home);
    if (!pending) return pending.error();
    if (!pending->empty() && pending.value() != user) {
        return Error{Errc::conflict, "用户 " + pending.value() +
                                         " 的密钥轮换被中断，须由其先登录完成 (a key rotation by " +
                                         pending.value() + " was interrupted; " + pending.value() +
                                         " must unlock first to finish it)"};
    }
    SK_TRY(finish_interrupted_rotation(home, slot_path(home, user), passphrase));
    auto keys = open_slot(home, user, passphrase);
    if (!keys) return keys.error();
    auto pub = read_public(home);
    if (pub && !(pub.value() == keys->pub)) {
        return Error{Errc::wrong_key, HomePaths(home).pub.string() + " does not belong to " +
                                          slot_path(home, user).string()};
    }
    return keys;
}

Result<void> add_first_lead(storage::BureauStore& s, std::string_view user, std::string_view how,
                            std::string_view now) {
    store::AuditEvent e{std::string(now),
                        std::string(user),
                        "user.add",
                        "user",
                        std::string(user),
                        "",
                        "role lead (" + std::string(how) + ")"};
    return store::audited(s, e, [&]() -> Result<void> {
        auto u = store::insert_user(s, user, Role::lead, user, now);
        if (!u) return u.error();
        return ok();
    });
}

Result<Actor> actor_of(const fs::path& home, storage::BureauStore& s, std::string_view user,
                       std::string_view now) {
    auto u = store::find_user(s, user);
    if (!u) return u.error();
    if (!u.value()) {
        auto all = store::list_users(s);
        if (!all) return all.error();
        if (!all->empty()) {
            return Error{Errc::not_found, "没有用户 " + std::string(user) + " (no user " +
                                              std::string(user) + " in the bureau)"};
        }
        SK_TRY(add_first_lead(s, user, "migration from the single passphrase", now));
        u = store::find_user(s, user);
        if (!u) return u.error();
        if (!u.value()) return Error{Errc::internal, "first user vanished after insert"};
    }
    if (u.value()->disabled) {
        return Error{Errc::permission_denied, "用户 " + std::string(user) + " 已停用 (user " +
                                                  std::string(user) + " is disabled)"};
    }
    // Migration done: the single passphrase file would bypass users, so it goes.
    std::error_code ec;
    if (fs::exists(HomePaths(home).sec, ec)) fs::remove(HomePaths(home).sec, ec);
    if (ec) return Error{Errc::io_error, "cannot remove " + HomePaths(home).sec.string()};
    return Actor{u.value()->name, u.value()->role};
}

}  // namespace sk::bureau::detail
