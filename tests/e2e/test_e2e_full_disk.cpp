// A full kiosk disk can still be drained (issue 12): status works and export writes the
// batches already waiting for their ack before it tries to batch anything new. The full disk
// is RLIMIT_FSIZE set by the shell (`ulimit -f`, SIGXFSZ ignored): no file may grow past
// 64 KiB, deterministic and unlike a real disk shared with the rest of the machine.
#include <catch2/catch.hpp>

#include "e2e_env.hpp"

using namespace sk::e2e;

namespace {

// 128 blocks: 64 KiB in dash's 512-byte units (128 KiB in bash's): bigger than a small
// batch and SQLite's 32 KiB shared-memory file, smaller than 200 tips.
std::string on_full_disk(const std::string& kioskctl_args) {
    return "trap '' XFSZ; ulimit -f 128; " + q(std::string(SK_KIOSKCTL_EXE)) + " " + kioskctl_args;
}

}  // namespace

TEST_CASE("e2e: on a full disk, status works and export writes the waiting batches",
          "[e2e][full_disk]") {
    Env env("full-disk");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 3 --seed 1").code == 0);
    const auto usb1 = env.dir("usb1");
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(usb1)).code == 0);
    const auto first = files_in(usb1);
    REQUIRE(first.size() == 1);
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 200 --seed 2").code == 0);

    Run st = env.sh(on_full_disk("status --json --data " + q(data)));
    INFO(st.out << st.err);
    CHECK(st.code == 0);
    CHECK(st.out.find("\"sealed\"") != std::string::npos);

    const auto usb2 = env.dir("usb2");
    Run ex = env.sh(on_full_disk("export --data " + q(data) + " --to " + q(usb2)));
    INFO(ex.out << ex.err);
    CHECK(ex.code != 0);
    CHECK(ex.err.find("storage is full") != std::string::npos);
    CHECK(ex.err.find("1 batch(es) already waiting for their ack were written") !=
          std::string::npos);
    const auto written = files_in(usb2);
    REQUIRE(written.size() == 1);
    CHECK(written[0].filename() == first[0].filename());
    CHECK(read_bytes(written[0]) == read_bytes(first[0]));

    // Space back: the new records are batched and everything goes out.
    Run again = env.kioskctl("export --data " + q(data) + " --to " + q(usb2));
    INFO(again.out << again.err);
    CHECK(again.code == 0);
    CHECK(files_in(usb2).size() == 2);
    CHECK(env.status(data)["records"]["sealed"] == 203);
}
