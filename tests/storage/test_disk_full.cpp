// A full disk must give Errc::disk_full, lose nothing already stored, and recover once space
// is back. Simulated two ways: PRAGMA max_page_count (in-process) and RLIMIT_FSIZE (in a
// forked child, so the limit cannot leak into other tests).
#include <catch2/catch.hpp>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using namespace sk::testing;

TEST_CASE("a full database (max_page_count) fails cleanly and recovers", "[diskfull]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    for (int i = 0; i < 3; ++i) REQUIRE(s.insert_record(make_tip()).ok());

    auto& db = KioskStoreTestAccess::db(s);
    const int64_t pages = db.query_int("PRAGMA page_count", "t").value();
    REQUIRE(db.query_int("PRAGMA max_page_count = " + std::to_string(pages + 6), "t").ok());

    int stored = 3;
    sk::Result<void> r = sk::ok();
    for (int i = 0; i < 100 && r.ok(); ++i) {
        r = s.insert_record(make_tip(20240917, 8000));
        if (r.ok()) ++stored;
    }
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::disk_full);
    CHECK(r.error().message.find("full") != std::string::npos);

    // Everything committed before is intact, and the failed insert left no trace, not even
    // in the counter that shares its transaction.
    auto c = s.counts().value();
    CHECK(c.tips == static_cast<uint64_t>(stored));
    CHECK(c.submitted_tips_total == static_cast<uint64_t>(stored));
    CHECK(s.unbatched_records().value().size() == static_cast<size_t>(stored));

    REQUIRE(db.query_int("PRAGMA max_page_count = 1000000", "t").ok());
    REQUIRE(s.insert_record(make_tip(20240917, 8000)).ok());
    CHECK(s.counts().value().tips == static_cast<uint64_t>(stored + 1));
}

TEST_CASE("a file size limit (RLIMIT_FSIZE) is reported as disk_full", "[diskfull]") {
    TempDir dir;
    const auto path = dir / "kiosk.db";
    {
        auto s = open_store(path);
        REQUIRE(s.insert_record(make_tip()).ok());
    }

    // Child exit codes: 0 disk_full seen, 1 another error, 2 never failed, 3 setup failed.
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed
        auto s = KioskStore::open(path);
        if (!s) ::_exit(3);
        const rlim_t limit = static_cast<rlim_t>(std::filesystem::file_size(path)) + 64 * 1024;
        struct rlimit rl {
            limit, limit
        };
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) ::_exit(3);
        for (int i = 0; i < 200; ++i) {
            auto r = s->insert_record(make_tip(20240917, 8000));
            if (!r) ::_exit(r.error().code == Errc::disk_full ? 0 : 1);
        }
        ::_exit(2);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    // The parent (no limit) reopens: the first record is there and new inserts work.
    auto s = open_store(path);
    CHECK(s.counts().value().tips >= 1);
    const auto before = s.counts().value().tips;
    REQUIRE(s.insert_record(make_tip()).ok());
    CHECK(s.counts().value().tips == before + 1);
}
