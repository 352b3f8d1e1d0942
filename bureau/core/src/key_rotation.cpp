#include "sk/bureau/key_rotation.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/ingest_server.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/rotation_statement.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

Result<void> rename_over(const fs::path& from, const fs::path& to) {
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return Error{Errc::io_error, "cannot rename " + from.string() + " to " + to.string()};
    return ok();
}

// After a rotation only the rotating user's slot holds the new keys; the others hold keys
// that no longer open the store, so they go (a lead gives those users new passphrases).
Result<std::vector<std::string>> drop_other_slots(const fs::path& home, const fs::path& kept) {
    std::vector<std::string> dropped;
    if (kept.parent_path() != slots_dir(home)) return dropped;  // pre-users bureau.sec
    auto users = slot_users(home);
    if (!users) return users.error();
    for (const std::string& u : users.value()) {
        if (slot_path(home, u) == kept) continue;
        SK_TRY(remove_slot(home, u));
        dropped.push_back(u);
    }
    return dropped;
}

}  // namespace

fs::path rotations_dir(const fs::path& home) {
    return home / "rotations";
}
fs::path retired_dir(const fs::path& home) {
    return home / "retired";
}

Result<std::vector<fs::path>> rotation_statements(const fs::path& home) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(rotations_dir(home), ec)) return out;
    for (const auto& e : fs::directory_iterator(rotations_dir(home), ec))
        if (e.path().extension() == ".skrotation") out.push_back(e.path());
    if (ec) return Error{Errc::io_error, "cannot list " + rotations_dir(home).string()};
    std::sort(out.begin(), out.end());
    return out;
}

Result<RotationResult> rotate_keys(Session& s, const fs::path& home, std::string_view passphrase,
                                   std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_keys));
    const HomePaths p(home);
    const fs::path sec_file = slot_path(home, s.actor.user);
    auto cost = secret_file_cost(sec_file);
    if (!cost) return cost.error();
    crypto::BureauSecretKeys fresh = crypto::generate_bureau_keys();
    auto statement = sync::build_rotation_statement(s.keys, fresh, now);
    if (!statement) return statement.error();
    Bytes sec = crypto::encrypt_bureau_secret(fresh, passphrase, *cost);
    if (sec.empty())
        return Error{Errc::crypto_error, "cannot derive the key-file key (out of memory?)"};

    RotationResult out;
    out.old_keys = s.keys.pub;
    out.new_keys = fresh.pub;
    auto existing = rotation_statements(home);
    if (!existing) return existing.error();
    char seq[16];
    std::snprintf(seq, sizeof seq, "%04zu", existing->size() + 1);
    out.statement = rotations_dir(home) / (std::string(seq) + "-" + to_hex(out.old_keys.sign_id()) +
                                           "-to-" + to_hex(out.new_keys.sign_id()) + ".skrotation");
    std::error_code ec;
    fs::create_directories(rotations_dir(home), ec);
    fs::create_directories(retired_dir(home), ec);
    if (ec) return Error{Errc::io_error, "cannot create " + retired_dir(home).string()};

    // Order: nothing below loses a key if interrupted. The statement and the old secret file
    // first; then the new secret beside the old (bureau.sec.new), the old seal key into the
    // store, the store re-keyed (one transaction), and last the renames. unlock() finishes
    // a rotation interrupted between the re-key and the renames.
    SK_TRY(write_file(out.statement, *statement, true));
    auto old_sec = read_file(sec_file, 4096);
    if (!old_sec) return old_sec.error();
    SK_TRY(write_file(retired_dir(home) / ("bureau-" + to_hex(out.old_keys.seal_id()) + "-" +
                                           s.actor.user + ".sec"),
                      *old_sec, false, 0600));
    SK_TRY(write_file(sec_file.string() + ".new", sec, false, 0600));
    SK_TRY(s.store.add_retired_seal_key(crypto::bureau_seal_pair(s.keys), now));
    crypto::SecureBuffer new_db_key = derive_store_key(fresh);
    SK_TRY(s.store.rekey(new_db_key.view()));
    SK_TRY(write_file(p.pub, crypto::encode_bureau_public(fresh.pub), false, 0644));
    SK_TRY(rename_over(sec_file.string() + ".new", sec_file));
    auto dropped = drop_other_slots(home, sec_file);
    if (!dropped) return dropped.error();
    out.slots_dropped = std::move(dropped.value());
    store::AuditEvent e{std::string(now),
                        s.actor.user,
                        "keys.rotate",
                        "keys",
                        to_hex(out.new_keys.sign_id()),
                        to_hex(out.old_keys.sign_id()),
                        to_hex(out.new_keys.sign_id())};
    SK_TRY(store::audited(s.store, e, []() -> Result<void> { return ok(); }));
    // For `bureau serve`, which hands out everything in outbox/.
    fs::create_directories(outbox_dir(home), ec);
    (void)write_file(outbox_dir(home) / out.statement.filename(), *statement, false);
    s.keys = std::move(fresh);
    return out;
}

Result<std::string> pending_rotation_user(const fs::path& home) {
    std::error_code ec;
    if (!fs::is_directory(slots_dir(home), ec)) return std::string();
    for (const auto& e : fs::directory_iterator(slots_dir(home), ec)) {
        const std::string f = e.path().filename().string();
        const std::string suffix = ".sec.new";
        if (f.size() > suffix.size() &&
            f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0)
            return f.substr(0, f.size() - suffix.size());
    }
    if (ec) return Error{Errc::io_error, "cannot list " + slots_dir(home).string()};
    return std::string();
}

Result<void> finish_interrupted_rotation(const fs::path& home, const fs::path& sec_file,
                                         std::string_view passphrase) {
    const HomePaths p(home);
    const fs::path pending = sec_file.string() + ".new";
    std::error_code ec;
    if (!fs::exists(pending, ec)) return ok();
    auto bytes = read_file(pending, 4096);
    if (!bytes) return bytes.error();
    auto fresh = crypto::decrypt_bureau_secret(*bytes, passphrase);
    if (!fresh) return ok();  // not ours to judge: unlock reports the passphrase on bureau.sec
    crypto::SecureBuffer key = derive_store_key(*fresh);
    auto opened = store::open_bureau_store(p.db, key.view(), false);
    if (opened) {
        // Re-keyed already: complete the renames.
        SK_TRY(write_file(p.pub, crypto::encode_bureau_public(fresh->pub), false, 0644));
        SK_TRY(rename_over(pending, sec_file));
        auto dropped = drop_other_slots(home, sec_file);
        if (!dropped) return dropped.error();
        return ok();
    }
    if (opened.error().code != Errc::db_wrong_key) return opened.error();
    // Stopped before the re-key: the old keys stay; drop the unused statement and key.
    auto statements = rotation_statements(home);
    if (statements)
        for (const auto& f : *statements)
            if (f.filename().string().find("-to-" + to_hex(fresh->pub.sign_id())) !=
                std::string::npos)
                fs::remove(f, ec);
    fs::remove(pending, ec);
    return ok();
}

}  // namespace sk::bureau
