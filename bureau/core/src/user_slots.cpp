#include "sk/bureau/user_slots.hpp"

#include <algorithm>

#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/users.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

constexpr size_t kCostOffset = 8;  // FORMAT §2.3: opslimit u64le, then memlimit u64le

uint64_t read_u64le(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

}  // namespace

fs::path slots_dir(const fs::path& home) {
    return home / "slots";
}

fs::path slot_path(const fs::path& home, std::string_view user) {
    return slots_dir(home) / (std::string(user) + ".sec");
}

Result<std::vector<std::string>> slot_users(const fs::path& home) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(slots_dir(home), ec)) return out;
    for (const auto& e : fs::directory_iterator(slots_dir(home), ec)) {
        if (e.path().extension() != ".sec") continue;
        const std::string name = e.path().stem().string();
        if (store::check_user_name(name)) out.push_back(name);
    }
    if (ec) return Error{Errc::io_error, "cannot list " + slots_dir(home).string()};
    std::sort(out.begin(), out.end());
    return out;
}

Result<void> write_slot(const fs::path& home, std::string_view user,
                        const crypto::BureauSecretKeys& keys, std::string_view passphrase,
                        crypto::PwhashCost cost, bool replace) {
    SK_TRY(store::check_user_name(user));
    if (passphrase.size() < 8) {
        return Error{Errc::invalid_argument,
                     "口令至少 8 个字符 (the passphrase must have at least 8 characters)"};
    }
    Bytes sec = crypto::encrypt_bureau_secret(keys, passphrase, cost);
    if (sec.empty()) {
        return Error{Errc::crypto_error, "cannot derive the key-slot key (out of memory?)"};
    }
    std::error_code ec;
    fs::create_directories(slots_dir(home), ec);
    if (ec) return Error{Errc::io_error, "cannot create " + slots_dir(home).string()};
    auto w = write_file(slot_path(home, user), sec, !replace, 0600);
    if (!w && w.error().code == Errc::already_exists) {
        return Error{Errc::already_exists, "用户 " + std::string(user) + " 已有密钥槽 (user " +
                                               std::string(user) + " already has a key slot)"};
    }
    return w;
}

Result<crypto::BureauSecretKeys> open_slot(const fs::path& home, std::string_view user,
                                           std::string_view passphrase) {
    SK_TRY(store::check_user_name(user));
    const fs::path p = slot_path(home, user);
    auto bytes = read_file(p, 4096);
    if (!bytes) {
        if (bytes.error().code != Errc::not_found) return bytes.error();
        return Error{
            Errc::not_found,
            "用户 " + std::string(user) +
                " 没有密钥槽：未知用户、已停用或密钥轮换后待重设口令 (no key slot for user " +
                std::string(user) +
                ": unknown, disabled, or waiting for a new passphrase after a key "
                "rotation; a lead runs bureau user passwd " +
                std::string(user) + ")"};
    }
    auto keys = crypto::decrypt_bureau_secret(bytes.value(), passphrase);
    if (!keys) {
        if (keys.error().code == Errc::wrong_passphrase) {
            return Error{Errc::wrong_passphrase, "用户 " + std::string(user) +
                                                     " 的口令不对 (wrong passphrase for user " +
                                                     std::string(user) + ")"};
        }
        return Error{keys.error().code, p.string() + ": " + keys.error().message};
    }
    return keys;
}

Result<void> remove_slot(const fs::path& home, std::string_view user) {
    SK_TRY(store::check_user_name(user));
    std::error_code ec;
    fs::remove(slot_path(home, user), ec);
    if (ec) return Error{Errc::io_error, "cannot remove " + slot_path(home, user).string()};
    return ok();
}

Result<crypto::PwhashCost> secret_file_cost(const fs::path& sec) {
    auto bytes = read_file(sec, 4096);
    if (!bytes) return bytes.error();
    if (bytes->size() != crypto::kBureauSecretFileBytes)
        return Error{Errc::bad_format, sec.string() + " is not a bureau secret key file"};
    return crypto::PwhashCost{read_u64le(bytes->data() + kCostOffset),
                              read_u64le(bytes->data() + kCostOffset + 8)};
}

}  // namespace sk::bureau
