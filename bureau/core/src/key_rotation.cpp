#include "sk/bureau/key_rotation.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "sk/bureau/file_io.hpp"
#include "sk/bureau/ingest_server.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/rotation_statement.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

constexpr size_t kCostOffset = 8;  // §2.3: opslimit u64le, then memlimit u64le

uint64_t read_u64le(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

// The new bureau.sec uses the same Argon2id cost as the one it replaces.
Result<crypto::PwhashCost> cost_of(const fs::path& sec) {
    auto bytes = read_file(sec, 4096);
    if (!bytes) return bytes.error();
    if (bytes->size() != crypto::kBureauSecretFileBytes)
        return Error{Errc::bad_format, sec.string() + " is not a bureau secret key file"};
    return crypto::PwhashCost{read_u64le(bytes->data() + kCostOffset),
                              read_u64le(bytes->data() + kCostOffset + 8)};
}

Result<void> rename_over(const fs::path& from, const fs::path& to) {
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return Error{Errc::io_error, "cannot rename " + from.string() + " to " + to.string()};
    return ok();
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
    const HomePaths p(home);
    auto cost = cost_of(p.sec);
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
    auto old_sec = read_file(p.sec, 4096);
    if (!old_sec) return old_sec.error();
    SK_TRY(write_file(retired_dir(home) / ("bureau-" + to_hex(out.old_keys.seal_id()) + ".sec"),
                      *old_sec, false, 0600));
    SK_TRY(write_file(p.sec.string() + ".new", sec, false, 0600));
    SK_TRY(s.store.add_retired_seal_key(crypto::bureau_seal_pair(s.keys), now));
    crypto::SecureBuffer new_db_key = derive_store_key(fresh);
    SK_TRY(s.store.rekey(new_db_key.view()));
    SK_TRY(write_file(p.pub, crypto::encode_bureau_public(fresh.pub), false, 0644));
    SK_TRY(rename_over(p.sec.string() + ".new", p.sec));
    // For `bureau serve`, which hands out everything in outbox/.
    fs::create_directories(outbox_dir(home), ec);
    (void)write_file(outbox_dir(home) / out.statement.filename(), *statement, false);
    s.keys = std::move(fresh);
    return out;
}

Result<void> finish_interrupted_rotation(const fs::path& home, std::string_view passphrase) {
    const HomePaths p(home);
    const fs::path pending = p.sec.string() + ".new";
    std::error_code ec;
    if (!fs::exists(pending, ec)) return ok();
    auto bytes = read_file(pending, 4096);
    if (!bytes) return bytes.error();
    auto fresh = crypto::decrypt_bureau_secret(*bytes, passphrase);
    if (!fresh) return ok();  // not ours to judge: unlock reports the passphrase on bureau.sec
    crypto::SecureBuffer key = derive_store_key(*fresh);
    auto store = storage::BureauStore::open(p.db, key.view(), false);
    if (store) {
        // Re-keyed already: complete the renames.
        SK_TRY(write_file(p.pub, crypto::encode_bureau_public(fresh->pub), false, 0644));
        return rename_over(pending, p.sec);
    }
    if (store.error().code != Errc::db_wrong_key) return store.error();
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
