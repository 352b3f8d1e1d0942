#include "sk/bureau/store/users.hpp"

#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

namespace {

constexpr const char* kColumns =
    "SELECT id, name, role, disabled, created_at, created_by, updated_at FROM users ";

User user_from_row(const sql::Statement& st) {
    User u;
    u.id = st.column_int(0);
    u.name = st.column_text(1);
    u.role = parse_role(st.column_text(2)).value_or(Role::statistician);
    u.disabled = st.column_int(3) != 0;
    u.created_at = st.column_text(4);
    u.created_by = st.column_text(5);
    u.updated_at = st.column_text(6);
    return u;
}

bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

}  // namespace

Result<void> check_user_name(std::string_view name) {
    bool ok = !name.empty() && name.size() <= 32 && name.front() != '.' && name.front() != '-';
    for (char c : name) ok = ok && name_char(c);
    if (ok) return sk::ok();
    return Error{
        Errc::invalid_argument,
        "用户名须为 1-32 个字母、数字或 . _ -，不以 . 或 - 开头 (user name must be 1-32 of "
        "a-z A-Z 0-9 . _ -, not starting with . or -)"};
}

Result<std::vector<User>> list_users(storage::BureauStore& s) {
    auto st =
        sql::bureau_database(s).prepare(std::string(kColumns) + "ORDER BY name", "listing users");
    if (!st) return st.error();
    std::vector<User> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(user_from_row(st.value()));
    }
    return out;
}

Result<std::optional<User>> find_user(storage::BureauStore& s, std::string_view name) {
    auto st =
        sql::bureau_database(s).prepare(std::string(kColumns) + "WHERE name = ?", "finding a user");
    if (!st) return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<User>();
    return std::optional<User>(user_from_row(st.value()));
}

Result<User> insert_user(storage::BureauStore& s, std::string_view name, Role role,
                         std::string_view created_by, std::string_view now) {
    SK_TRY(check_user_name(name));
    auto existing = find_user(s, name);
    if (!existing) return existing.error();
    if (existing.value()) {
        return Error{Errc::already_exists, "用户 " + std::string(name) + " 已存在 (user " +
                                               std::string(name) + " already exists" +
                                               (existing.value()->disabled ? ", disabled)" : ")")};
    }
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO users (name, role, disabled, created_at, created_by, updated_at) "
        "VALUES (?, ?, 0, ?, ?, ?)",
        "adding a user");
    if (!st) return st.error();
    st->bind(1, name).bind(2, role_name(role)).bind(3, now).bind(4, created_by).bind(5, now);
    SK_TRY(st->run());
    auto u = find_user(s, name);
    if (!u) return u.error();
    if (!u.value()) return Error{Errc::internal, "user vanished after insert"};
    return *u.value();
}

Result<void> set_user_disabled(storage::BureauStore& s, std::string_view name, bool disabled,
                               std::string_view now) {
    auto st = sql::bureau_database(s).prepare(
        "UPDATE users SET disabled = ?, updated_at = ? WHERE name = ?", "disabling a user");
    if (!st) return st.error();
    st->bind(1, int64_t{disabled ? 1 : 0}).bind(2, now).bind(3, name);
    SK_TRY(st->run());
    if (st->changes() == 0) {
        return Error{Errc::not_found,
                     "没有用户 " + std::string(name) + " (no user " + std::string(name) + ")"};
    }
    return ok();
}

Result<void> set_user_role(storage::BureauStore& s, std::string_view name, Role role,
                           std::string_view now) {
    auto st = sql::bureau_database(s).prepare(
        "UPDATE users SET role = ?, updated_at = ? WHERE name = ?", "changing a role");
    if (!st) return st.error();
    st->bind(1, role_name(role)).bind(2, now).bind(3, name);
    SK_TRY(st->run());
    if (st->changes() == 0) {
        return Error{Errc::not_found,
                     "没有用户 " + std::string(name) + " (no user " + std::string(name) + ")"};
    }
    return ok();
}

Result<int64_t> count_enabled_leads(storage::BureauStore& s) {
    return sql::bureau_database(s).query_int(
        "SELECT count(*) FROM users WHERE role = 'lead' AND disabled = 0", "counting leads");
}

}  // namespace sk::bureau::store
