#include "sk/bureau/user_admin.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/user_slots.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

store::AuditEvent user_event(const Session& s, std::string_view now, std::string_view action,
                             std::string_view name) {
    return store::AuditEvent{std::string(now),  s.actor.user,  std::string(action), "user",
                             std::string(name), std::string(), std::string()};
}

Result<store::User> enabled_user(Session& s, std::string_view name) {
    auto u = store::find_user(s.store, name);
    if (!u) return u.error();
    if (!u.value()) {
        return Error{Errc::not_found,
                     "没有用户 " + std::string(name) + " (no user " + std::string(name) + ")"};
    }
    if (u.value()->disabled) {
        return Error{Errc::conflict, "用户 " + std::string(name) + " 已停用 (user " +
                                         std::string(name) + " is disabled)"};
    }
    return *u.value();
}

// A bureau keeps one enabled lead at least: nobody else can manage users or keys.
Result<void> not_the_last_lead(Session& s, const store::User& u, const char* refusal) {
    if (u.role != Role::lead) return ok();
    auto leads = store::count_enabled_leads(s.store);
    if (!leads) return leads.error();
    if (leads.value() <= 1) return Error{Errc::invalid_argument, refusal};
    return ok();
}

}  // namespace

Result<store::User> add_user(Session& s, const fs::path& home, std::string_view name, Role role,
                             std::string_view passphrase, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_users));
    SK_TRY(store::check_user_name(name));
    auto cost = secret_file_cost(slot_path(home, s.actor.user));
    if (!cost) return cost.error();
    store::User out;
    store::AuditEvent e = user_event(s, now, "user.add", name);
    e.after = "role " + std::string(role_name(role));
    // The slot is written inside the transaction: if it cannot be, the row rolls back; if
    // the commit fails after it was written, it is removed again.
    auto r = store::audited(s.store, e, [&]() -> Result<void> {
        auto u = store::insert_user(s.store, name, role, s.actor.user, now);
        if (!u) return u.error();
        out = u.value();
        return write_slot(home, name, s.keys, passphrase, cost.value(), false);
    });
    if (!r) {
        if (r.error().code != Errc::already_exists) (void)remove_slot(home, name);
        return r.error();
    }
    return out;
}

Result<void> disable_user(Session& s, const fs::path& home, std::string_view name,
                          std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_users));
    if (name == s.actor.user) {
        return Error{Errc::invalid_argument,
                     "不能停用自己 (you cannot disable yourself; another lead can)"};
    }
    auto u = enabled_user(s, name);
    if (!u) return u.error();
    SK_TRY(not_the_last_lead(s, *u, "不能停用最后一个负责人 (cannot disable the last lead)"));
    store::AuditEvent e = user_event(s, now, "user.disable", name);
    e.before = "enabled, role " + std::string(role_name(u->role));
    e.after = "disabled, key slot removed";
    SK_TRY(store::audited(s.store, e, [&]() -> Result<void> {
        SK_TRY(store::set_user_disabled(s.store, name, true, now));
        // Inside the transaction: if the slot cannot be removed, the user stays enabled.
        return remove_slot(home, name);
    }));
    return ok();
}

Result<void> set_user_role(Session& s, std::string_view name, Role role, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_users));
    auto u = enabled_user(s, name);
    if (!u) return u.error();
    if (u->role == role) return ok();
    SK_TRY(not_the_last_lead(
        s, *u, "不能撤销最后一个负责人 (cannot take the lead role from the last lead)"));
    store::AuditEvent e = user_event(s, now, "user.role", name);
    e.before = "role " + std::string(role_name(u->role));
    e.after = "role " + std::string(role_name(role));
    return store::audited(s.store, e, [&]() -> Result<void> {
        return store::set_user_role(s.store, name, role, now);
    });
}

Result<void> enable_user(Session& s, const fs::path& home, std::string_view name,
                         std::string_view passphrase, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_users));
    auto u = store::find_user(s.store, name);
    if (!u) return u.error();
    if (!u.value()) {
        return Error{Errc::not_found,
                     "没有用户 " + std::string(name) + " (no user " + std::string(name) + ")"};
    }
    if (!u.value()->disabled) {
        return Error{Errc::conflict, "用户 " + std::string(name) + " 未停用 (user " +
                                         std::string(name) + " is not disabled)"};
    }
    auto cost = secret_file_cost(slot_path(home, s.actor.user));
    if (!cost) return cost.error();
    store::AuditEvent e = user_event(s, now, "user.enable", name);
    e.before = "disabled";
    e.after = "enabled, role " + std::string(role_name(u.value()->role)) + ", new key slot";
    // As in add_user: the slot is written inside the transaction; if the commit fails after,
    // it is removed again (the user stays disabled, with no slot).
    auto r = store::audited(s.store, e, [&]() -> Result<void> {
        SK_TRY(store::set_user_disabled(s.store, name, false, now));
        return write_slot(home, name, s.keys, passphrase, cost.value(), true);
    });
    if (!r) (void)remove_slot(home, name);
    return r;
}

Result<void> set_user_passphrase(Session& s, const fs::path& home, std::string_view name,
                                 std::string_view passphrase, std::string_view now) {
    if (name != s.actor.user) SK_TRY(authorize(s.actor, Permission::manage_users));
    auto u = enabled_user(s, name);
    if (!u) return u.error();
    auto cost = secret_file_cost(slot_path(home, s.actor.user));
    if (!cost) return cost.error();
    store::AuditEvent e = user_event(s, now, "user.passwd", name);
    e.after = name == s.actor.user ? "own passphrase changed" : "passphrase reset by a lead";
    return store::audited(s.store, e, [&]() -> Result<void> {
        return write_slot(home, name, s.keys, passphrase, cost.value(), true);
    });
}

Result<std::vector<store::User>> users(Session& s) {
    return store::list_users(s.store);
}

}  // namespace sk::bureau
