// The kiosk's systemd notifications, received on a fake NOTIFY_SOCKET (a unix datagram
// socket in a temp dir) the way systemd would receive them.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "../common/temp_dir.hpp"
#include "sk/kiosk/platform/watchdog.hpp"

using sk::kiosk::platform::Watchdog;

namespace {

class FakeNotifySocket {
  public:
    explicit FakeNotifySocket(const std::string& path) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        REQUIRE(path.size() < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, path.c_str(), path.size());
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
        timeval tv{1, 0};  // a missing message fails the test instead of hanging it
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    }
    ~FakeNotifySocket() { ::close(fd_); }

    // The next datagram, or "" after the timeout.
    std::string receive() {
        char buf[512];
        const ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
        return n > 0 ? std::string(buf, size_t(n)) : std::string();
    }

  private:
    int fd_ = -1;
};

struct ScopedEnv {
    ScopedEnv(const std::string& socket, const char* watchdog_usec) {
        ::setenv("NOTIFY_SOCKET", socket.c_str(), 1);
        if (watchdog_usec) {
            ::setenv("WATCHDOG_USEC", watchdog_usec, 1);
        } else {
            ::unsetenv("WATCHDOG_USEC");
        }
        ::unsetenv("WATCHDOG_PID");
    }
    ~ScopedEnv() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
    }
};

}  // namespace

TEST_CASE("watchdog sends READY=1 once and WATCHDOG=1 at most every quarter interval") {
    sk::testing::TempDir tmp("sk-notify");
    const std::string path = (tmp / "notify").string();
    FakeNotifySocket systemd(path);
    ScopedEnv env(path, "2000000");  // WatchdogSec=2s

    Watchdog w = Watchdog::from_environment();
    REQUIRE(w.enabled());
    w.ready();
    w.ready();
    const auto t0 = Watchdog::Clock::now();
    w.ping(t0);
    w.ping(t0 + std::chrono::milliseconds(100));  // too soon: not sent
    w.ping(t0 + std::chrono::milliseconds(600));
    w.stopping();

    CHECK(systemd.receive() == "READY=1");
    CHECK(systemd.receive() == "WATCHDOG=1");
    CHECK(systemd.receive() == "WATCHDOG=1");
    CHECK(systemd.receive() == "STOPPING=1");
}

TEST_CASE("watchdog caps the frame loop's wait at half the interval") {
    sk::testing::TempDir tmp("sk-notify");
    const std::string path = (tmp / "notify").string();
    FakeNotifySocket systemd(path);
    ScopedEnv env(path, "2000000");
    const Watchdog w = Watchdog::from_environment();
    REQUIRE(w.cap_wait(std::nullopt).has_value());  // "until input" becomes bounded
    CHECK(*w.cap_wait(std::nullopt) == Approx(1.0));
    CHECK(*w.cap_wait(30.0) == Approx(1.0));
    CHECK(*w.cap_wait(0.25) == Approx(0.25));
}

TEST_CASE("without WATCHDOG_USEC the loop may sleep until input and no ping is sent") {
    sk::testing::TempDir tmp("sk-notify");
    const std::string path = (tmp / "notify").string();
    FakeNotifySocket systemd(path);
    ScopedEnv env(path, nullptr);
    Watchdog w = Watchdog::from_environment();
    CHECK_FALSE(w.enabled());
    CHECK_FALSE(w.cap_wait(std::nullopt).has_value());
    w.ping(Watchdog::Clock::now());
    w.ready();
    CHECK(systemd.receive() == "READY=1");  // the first message is READY, not WATCHDOG
}

TEST_CASE("without NOTIFY_SOCKET every call is a harmless no-op") {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
    Watchdog w = Watchdog::from_environment();
    CHECK_FALSE(w.enabled());
    w.ready();
    w.ping(Watchdog::Clock::now());
    w.stopping();
    SUCCEED("no crash, nothing to send to");
}
