// Disk full through the kiosk's real submit (seal + insert_record): the submit that does not
// fit fails with Errc::disk_full and a message that says so, every record stored before is
// still there and the database is intact, and once space is freed the next submit works on
// the same open store. Two ways to fill the disk: a real size-limited tmpfs (needs
// CAP_SYS_ADMIN; skipped with the reason when the container does not allow mounting) and
// RLIMIT_FSIZE in a forked child (works everywhere).
#include <catch2/catch.hpp>

#include <errno.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <set>

#include "crash_harness.hpp"
#include "crash_kiosk.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"

using namespace sk;
using namespace sk::robustness;
namespace fs = std::filesystem;

namespace {

constexpr size_t kSmallFsBytes = 2u * 1024u * 1024u;
constexpr size_t kBallastBytes = 256u * 1024u;  // deleted to "free space"
constexpr int kMaxSubmits = 5000;               // far more than fits
constexpr uint64_t kSeed = 6;

std::vector<crypto::SealPublicKey> recipients_of(storage::KioskStore& s) {
    auto keys = kiosk_sync::load_bureau_keys(s);
    REQUIRE(keys.ok());
    return {keys->seal_pk};
}

// Submits until one fails; returns the ids stored and the failure.
std::vector<crypto::RecordId> fill(storage::KioskStore& s, std::mt19937_64& rng, Error& failure) {
    const auto recipients = recipients_of(s);
    std::vector<crypto::RecordId> stored;
    for (int i = 0; i < kMaxSubmits; ++i) {
        auto id = try_submit(s, recipients, rng);
        if (!id) {
            failure = id.error();
            return stored;
        }
        stored.push_back(*id);
    }
    FAIL("the filesystem never filled up");
    return stored;
}

void check_all_present(storage::KioskStore& s, const std::vector<crypto::RecordId>& ids) {
    REQUIRE(s.check_integrity().ok());
    const KioskContents c = read_contents(s);
    CHECK(c.size() == ids.size());
    for (const auto& id : ids) REQUIRE(c.holds(id));
}

Report report_of_id(const crypto::RecordId& id) {
    Report r{};
    std::memcpy(r.data(), id.data(), id.size());
    return r;
}

// Mounts a tmpfs of `bytes` at `dir`; the reason why not if that is not allowed here.
std::string mount_small_tmpfs(const fs::path& dir, size_t bytes) {
    const std::string opts = "size=" + std::to_string(bytes) + ",mode=0700";
    if (::mount("sk-diskfull", dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, opts.c_str()) == 0)
        return "";
    return std::string("mount(tmpfs) failed: ") + std::strerror(errno) +
           " (not root, or a container without CAP_SYS_ADMIN)";
}

}  // namespace

TEST_CASE("disk full on a small tmpfs: a clear error and nothing lost and the next submit works",
          "[robustness][diskfull]") {
    sk::testing::TempDir tmp("sk-diskfull");
    const fs::path mnt = tmp.path() / "small";
    fs::create_directories(mnt);
    const std::string why_not = mount_small_tmpfs(mnt, kSmallFsBytes);
    if (!why_not.empty()) {
        WARN("skipping the tmpfs variant: " << why_not << "; the RLIMIT_FSIZE variant still runs");
        return;
    }
    struct Unmount {
        fs::path p;
        ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
    } unmount{mnt};

    CrashKiosk setup;  // keys and a provisioned store, copied onto the small filesystem
    const fs::path data = mnt / "data";
    // Without its 16 MiB reserve file, which this 2 MiB filesystem could not hold (nor does a
    // kiosk make one without room): the disk fills with records.
    fs::create_directories(data);
    for (const auto& e : fs::directory_iterator(setup.data))
        if (e.path() != storage::KioskStore::reserve_path_for(setup.data / "kiosk.db"))
            fs::copy(e.path(), data / e.path().filename(), fs::copy_options::recursive);
    {
        std::ofstream ballast(mnt / "ballast", std::ios::binary);
        ballast << std::string(kBallastBytes, '\0');
        REQUIRE(ballast.good());
    }
    auto store = kiosk_sync::open_kiosk_store(data);
    REQUIRE(store.ok());
    std::mt19937_64 rng(kSeed);
    Error failure;
    std::vector<crypto::RecordId> stored = fill(*store, rng, failure);
    INFO(failure.message);
    CHECK(failure.code == Errc::disk_full);
    CHECK(failure.message.find("full") != std::string::npos);
    CHECK(stored.size() > 10);
    check_all_present(*store, stored);

    fs::remove(mnt / "ballast");
    const auto recipients = recipients_of(*store);
    auto next = try_submit(*store, recipients, rng);
    INFO((next ? std::string() : next.error().message));
    REQUIRE(next.ok());
    stored.push_back(*next);
    check_all_present(*store, stored);

    // And after a restart.
    store = kiosk_sync::open_kiosk_store(data);
    REQUIRE(store.ok());
    check_all_present(*store, stored);
}

TEST_CASE("disk full by RLIMIT_FSIZE: a clear error and nothing lost and the next submit works",
          "[robustness][diskfull]") {
    CrashKiosk k;
    // Child exit codes: 0 all good, 10 never full, 11 wrong error, 12 no recovery.
    auto child = [&](const Reporter& rep) -> int {
        std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of death
        auto s = k.open();
        const auto recipients = recipients_of(s);
        std::mt19937_64 rng(kSeed);
        rlimit rl{};
        ::getrlimit(RLIMIT_FSIZE, &rl);
        const rlim_t unlimited = rl.rlim_cur;
        rl.rlim_cur = static_cast<rlim_t>(fs::file_size(k.data / "kiosk.db")) + kBallastBytes;
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) return 13;  // soft limit only: can go back
        for (int i = 0;; ++i) {
            if (i == kMaxSubmits) return 10;
            auto id = try_submit(s, recipients, rng);
            if (!id) {
                std::fprintf(stderr, "full: %s\n", id.error().message.c_str());
                if (id.error().code != Errc::disk_full) return 11;
                break;
            }
            rep.send(report_of_id(*id));
        }
        rl.rlim_cur = unlimited;  // space freed
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) return 13;
        auto next = try_submit(s, recipients, rng);
        if (!next) return 12;
        rep.send(report_of_id(*next));
        return 0;
    };
    const RoundResult res = run_and_kill(child, std::chrono::seconds(60));
    REQUIRE_FALSE(res.killed);
    CHECK(res.exit_code == 0);
    REQUIRE(res.reports.size() > 10);

    storage::KioskStore s = k.open();
    std::vector<crypto::RecordId> ids;
    for (const Report& r : res.reports) {
        crypto::RecordId id;
        std::memcpy(id.data(), r.data(), id.size());
        ids.push_back(id);
    }
    check_all_present(s, ids);
}
