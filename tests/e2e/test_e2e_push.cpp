// Network transport: kioskctl push to `bureau serve` over loopback.
#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "e2e_env.hpp"

using namespace sk::e2e;

namespace {

// `bureau serve` on a free port (port 0), in the background; stopped by pid on scope exit.
class Server {
  public:
    explicit Server(Env& env) : env_(env) {
        log_ = env.root() / "serve.log";
        const auto pid_file = env.root() / "serve.pid";
        const std::string cmd = std::string("'") + SK_BUREAU_EXE + "' --dir " +
                                q(env.bureau_home()) + " --passphrase-file " +
                                q(env.root() / "passphrase") +
                                " serve --listen 127.0.0.1:0 > /dev/null 2> " + q(log_) +
                                " < /dev/null & echo $! > " + q(pid_file);
        REQUIRE(std::system(cmd.c_str()) == 0);
        std::ifstream(pid_file) >> pid_;
        const std::regex re("listening on 127\\.0\\.0\\.1:([0-9]+)");
        for (int i = 0; i < 300 && port_ == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            std::ifstream in(log_);
            const std::string text((std::istreambuf_iterator<char>(in)), {});
            std::smatch m;
            if (std::regex_search(text, m, re)) port_ = std::stoi(m[1]);
        }
        REQUIRE(port_ > 0);
    }
    ~Server() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            for (int i = 0; i < 50 && ::kill(pid_, 0) == 0; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  private:
    Env& env_;
    std::filesystem::path log_;
    pid_t pid_ = 0;
    int port_ = 0;
};

}  // namespace

TEST_CASE("e2e: push over loopback imports the batches and purges on the ack", "[e2e]") {
    Env env("push");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 5 --seed 3").code == 0);
    // Published at the bureau (outbox/), fetched by push after the batches.
    REQUIRE(env.bureau("sign-survey " +
                       q(std::string(SK_SOURCE_DIR) + "/assets/surveys/staff-workstyle.json") +
                       " --out " + q(env.root() / "staff.sksurvey"))
                .code == 0);
    REQUIRE(env.bureau("status-board --out " + q(env.root() / "board.skboard")).code == 0);
    {
        Server server(env);
        Run r = env.kioskctl("push --data " + q(data) + " --url " + server.url());
        INFO(r.out << r.err);
        CHECK(r.code == 0);
        CHECK(r.out.find("accepted") != std::string::npos);
        const auto st = env.status(data);
        CHECK(st["records"]["sealed"] == 0);
        CHECK(st["batches"]["acknowledged"] == 1);
        CHECK(st["surveys"].size() == 1);
        CHECK(st["status_board_version"].is_number());

        // Nothing pending: a second push sends nothing and still succeeds.
        Run again = env.kioskctl("push --data " + q(data) + " --url " + server.url());
        INFO(again.out << again.err);
        CHECK(again.code == 0);
        CHECK(again.out.find("no batches to send") != std::string::npos);
    }
    CHECK(env.bureau_tip_count() == 5);
}

TEST_CASE("e2e: push to an unreachable server changes nothing", "[e2e]") {
    Env env("push-down");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 2").code == 0);
    // Port 1 on loopback: nothing listens there.
    Run r = env.kioskctl("push --data " + q(data) + " --url http://127.0.0.1:1");
    CHECK(r.code != 0);
    CHECK(r.err.find("cannot reach") != std::string::npos);
    CHECK(env.status(data)["records"]["sealed"] == 2);
}
