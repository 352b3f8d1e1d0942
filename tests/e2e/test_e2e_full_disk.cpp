// A full kiosk disk can still be drained (issue 12 item 4). The disk is a real filesystem
// filled to the last byte: a small tmpfs mounted in this test's own mount namespace
// (tests/common/small_filesystem.hpp), so SQLite's "-shm" file and the WAL meet ENOSPC as
// they would on the kiosk. A second case uses RLIMIT_FSIZE (`ulimit -f`), which caps every
// file the process writes, the stick included.
#include <catch2/catch.hpp>

#include "../common/small_filesystem.hpp"
#include "e2e_env.hpp"

using namespace sk::e2e;
using sk::testing::SmallFilesystem;

namespace {

// Room for the database, its WAL and the 16 MiB reserve the store keeps.
constexpr uint64_t kKioskDiskBytes = 24u * 1024u * 1024u;

// A kiosk on its own small filesystem with one batch waiting for its ack (3 tips) and 200
// tips not batched yet; then the filesystem is filled to the last byte.
struct FullKiosk {
    Env env{"full-fs"};
    SmallFilesystem disk{env.root() / "kiosk-a", kKioskDiskBytes};
    std::filesystem::path data, first_batch;

    bool set_up() {
        if (!disk.available()) return false;
        env.make_bureau();
        data = env.make_kiosk("a");
        REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 3 --seed 1").code == 0);
        const auto usb1 = env.dir("usb1");
        REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(usb1)).code == 0);
        REQUIRE(files_in(usb1).size() == 1);
        first_batch = files_in(usb1)[0];
        REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 200 --seed 2").code == 0);
        CHECK(std::filesystem::exists(data / "kiosk.db.reserve"));
        CHECK(disk.fill() > 0);
        Run probe = env.sh("dd if=/dev/zero bs=4096 count=1 of=" + q(data / "probe"));
        CHECK(probe.code != 0);  // really full
        std::filesystem::remove(data / "probe");
        return true;
    }
};

}  // namespace

TEST_CASE("e2e: on a full filesystem, kioskctl status works", "[e2e][full_disk]") {
    FullKiosk k;
    if (!k.set_up()) {
        WARN("skipped: cannot mount a tmpfs here (" << k.disk.why_not() << ")");
        return;
    }
    Run st = k.env.kioskctl("status --json --data " + q(k.data));
    INFO(st.out << st.err);
    REQUIRE(st.code == 0);
    const auto j = nlohmann::json::parse(st.out);
    CHECK(j["records"]["sealed"] == 203);
    CHECK(j["records"]["unbatched"] == 200);
    CHECK(j["batches"]["pending"] == 1);
    Run text = k.env.kioskctl("status --data " + q(k.data));
    CHECK(text.code == 0);
}

TEST_CASE("e2e: on a full filesystem, export batches new records and the ack drains the kiosk",
          "[e2e][full_disk]") {
    FullKiosk k;
    if (!k.set_up()) {
        WARN("skipped: cannot mount a tmpfs here (" << k.disk.why_not() << ")");
        return;
    }
    auto& env = k.env;
    const auto usb2 = env.dir("usb2");
    Run ex = env.kioskctl("export --data " + q(k.data) + " --to " + q(usb2));
    INFO(ex.out << ex.err);
    REQUIRE(ex.code == 0);
    const auto written = files_in(usb2);
    REQUIRE(written.size() == 2);
    // The waiting batch again, byte for byte, then the new one chained after it.
    CHECK(written[0].filename() == k.first_batch.filename());
    CHECK(read_bytes(written[0]) == read_bytes(k.first_batch));
    CHECK(ex.out.find("seq 2, 200 records") != std::string::npos);

    Run imp = env.bureau("import " + q(usb2));
    INFO(imp.out << imp.err);
    REQUIRE(imp.code == 0);
    CHECK(env.bureau_tip_count() == 203);

    // The ack comes back to a kiosk whose disk is still full: it deletes every record.
    const auto back = env.dir("back");
    REQUIRE(env.bureau("ack --kiosk " + env.kiosk_id(k.data) + " --out " + q(back)).code == 0);
    Run kimp = env.kioskctl("import --data " + q(k.data) + " --from " + q(back));
    INFO(kimp.out << kimp.err);
    REQUIRE(kimp.code == 0);
    const auto st = env.status(k.data);
    CHECK(st["records"]["sealed"] == 0);
    CHECK(st["batches"]["acknowledged"] == 2);
    CHECK(st["batches"]["pending"] == 0);
}

namespace {

// 128 blocks: 64 KiB in dash's 512-byte units (128 KiB in bash's): bigger than a small
// batch and SQLite's 32 KiB shared-memory file, smaller than the 200-tip batch.
std::string under_file_size_cap(const std::string& kioskctl_args) {
    return "trap '' XFSZ; ulimit -f 128; " + q(std::string(SK_KIOSKCTL_EXE)) + " " + kioskctl_args;
}

}  // namespace

TEST_CASE("e2e: when no file may grow, export writes the waiting batches and changes nothing else",
          "[e2e][full_disk]") {
    Env env("fsize-cap");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 3 --seed 1").code == 0);
    const auto usb1 = env.dir("usb1");
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(usb1)).code == 0);
    const auto first = files_in(usb1);
    REQUIRE(first.size() == 1);
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 200 --seed 2").code == 0);

    Run st = env.sh(under_file_size_cap("status --json --data " + q(data)));
    INFO(st.out << st.err);
    CHECK(st.code == 0);
    CHECK(st.out.find("\"sealed\"") != std::string::npos);

    const auto usb2 = env.dir("usb2");
    Run ex = env.sh(under_file_size_cap("export --data " + q(data) + " --to " + q(usb2)));
    INFO(ex.out << ex.err);
    CHECK(ex.code != 0);
    CHECK(ex.err.find("1 batch(es) were written to") != std::string::npos);
    CHECK(std::count(ex.err.begin(), ex.err.end(), '\n') == 1);  // one line
    const auto written = files_in(usb2);                         // no temp file left either
    REQUIRE(written.size() == 1);
    CHECK(written[0].filename() == first[0].filename());
    CHECK(read_bytes(written[0]) == read_bytes(first[0]));
    CHECK(env.status(data)["records"]["unbatched"] == 200);

    // No cap: the new records are batched and everything goes out.
    Run again = env.kioskctl("export --data " + q(data) + " --to " + q(usb2));
    INFO(again.out << again.err);
    CHECK(again.code == 0);
    CHECK(files_in(usb2).size() == 2);
    CHECK(env.status(data)["records"]["sealed"] == 203);
}
