// The ingest server's limits (issue 12, items 6-8) over loopback: body size enforced while
// reading whatever the framing, stalled and trickling clients, per-address caps, a full wait
// line, and the per-address rate limit. Synchronisation is by the server's own signals
// (wait_open_connections, answers, closes) with generous bounds, never by sleeping.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "bureau_fixture.hpp"
#include "raw_conn.hpp"
#include "sk/bureau/ingest_server.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;
using namespace std::chrono_literals;

namespace {

struct Log {
    std::mutex mu;
    std::vector<std::string> lines;
    void add(const std::string& l) {
        std::lock_guard<std::mutex> lock(mu);
        lines.push_back(l);
    }
    std::string all() {
        std::lock_guard<std::mutex> lock(mu);
        std::string s;
        for (const auto& l : lines) s += l + "\n";
        return s;
    }
};

// A server on 127.0.0.1 with its log collected; stopped and joined on destruction.
struct Running {
    Log log;
    IngestServer server;
    int port = 0;
    std::thread thread;
    Running(Bureau& b, ServerLimits limits = {})
        : server(*b.session, b.home, import_options(), std::move(limits)) {
        server.set_log([this](const std::string& l) { log.add(l); });
        auto p = server.bind("127.0.0.1", 0);
        REQUIRE(p.ok());
        port = p.value();
        thread = std::thread([this] { (void)server.run(); });
    }
    ~Running() {
        server.stop();
        thread.join();
    }
    static ImportOptions import_options() {
        ImportOptions o;
        o.now = kNow;
        return o;
    }
    std::unique_ptr<httplib::Client> client() const {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
        c->set_connection_timeout(30);
        c->set_read_timeout(30);
        c->set_write_timeout(30);
        return c;
    }
};

// Default limits, except that a client's sequential connections never meet the per-address
// cap: on a busy machine the server may not have retired the last one when the next arrives.
ServerLimits sequential() {
    ServerLimits l;
    l.per_address = 64;
    return l;
}

// Limits for tests that hold connections open: no deadline may end them during the test.
ServerLimits patient() {
    ServerLimits l;
    l.header_timeout = 120s;
    l.idle_timeout = 120s;
    return l;
}

constexpr std::size_t kSendAtMost = 64u << 20;  // 4 x the body limit

}  // namespace

TEST_CASE("serve: a body over 16 MiB is refused while it is read, whatever its framing",
          "[serve][limits]") {
    Bureau b;
    Running r(b, sequential());
    const std::string chunk_data(64 * 1024, 'x');
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", chunk_data.size());
    const std::string chunk = size_line + chunk_data + "\r\n";
    struct Framing {
        const char* name;
        std::string head;
        bool chunked;
    };
    const Framing framings[] = {
        {"chunked", "POST /v1/batches HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n",
         true},
        {"no length", "POST /v1/batches HTTP/1.1\r\nHost: t\r\n\r\n", false},
        {"other method",
         "PUT /v1/batches HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n", true},
    };
    for (const auto& f : framings) {
        INFO(f.name);
        RawConn c(r.port);
        REQUIRE(c.ok());
        REQUIRE(c.send(f.head));
        std::size_t sent = 0;
        // The server stops reading at the limit and closes: sending fails long before 64 MiB.
        while (sent < kSendAtMost && c.send(f.chunked ? chunk : chunk_data))
            sent += chunk_data.size();
        CHECK(sent < kSendAtMost);
    }
    const std::string log = r.log.all();
    CHECK(log.find("refused POST /v1/batches from 127.0.0.1: body over 16 MiB (413)") !=
          std::string::npos);
    CHECK(log.find("refused PUT /v1/batches from 127.0.0.1: method not allowed (405)") !=
          std::string::npos);
    // Still serving: a real batch is imported.
    SimKiosk k = b.add_kiosk("school A");
    const Bytes file = k.next_batch({make_tip(b.keys().pub.seal_pk).envelope});
    auto res = r.client()->Post("/v1/batches", std::string(file.begin(), file.end()),
                                "application/octet-stream");
    REQUIRE(res);
    CHECK(res->status == 200);
}

TEST_CASE("serve: a declared or compressed oversize body is refused before it is read",
          "[serve][limits]") {
    Bureau b;
    Running r(b, sequential());
    RawConn c(r.port);
    REQUIRE(c.send("POST /v1/batches HTTP/1.1\r\nHost: t\r\nContent-Length: 999999999999\r\n\r\n"));
    CHECK(c.read_all().rfind("HTTP/1.1 413", 0) == 0);
    RawConn z(r.port);
    REQUIRE(
        z.send("POST /v1/batches HTTP/1.1\r\nHost: t\r\nContent-Encoding: gzip\r\n"
               "Content-Length: 4\r\n\r\nabcd"));
    CHECK(z.read_all().rfind("HTTP/1.1 415", 0) == 0);
}

TEST_CASE("serve: stalled connections from one address neither exceed its cap nor block others",
          "[serve][limits]") {
    Bureau b;
    ServerLimits l = patient();
    l.workers = 4;
    l.per_address = 3;
    Running r(b, l);
    // 127.0.0.2 stands for a machine that opens connections and never finishes a request.
    std::vector<std::unique_ptr<RawConn>> stalled;
    for (int i = 0; i < 3; ++i) {
        stalled.push_back(std::make_unique<RawConn>(r.port, "127.0.0.2"));
        REQUIRE(stalled.back()->ok());
        REQUIRE(stalled.back()->send("GET /v1/board HTTP/1.1\r\nHo"));
    }
    REQUIRE(r.server.wait_open_connections(3, 60s));
    // Nine more from the same address are refused at once, without holding a worker.
    for (int i = 0; i < 9; ++i) {
        RawConn more(r.port, "127.0.0.2");
        REQUIRE(more.ok());
        (void)more.send("GET /v1/board HTTP/1.1\r\nHo");
        CHECK(more.read_all().rfind("HTTP/1.1 503", 0) == 0);
    }
    // Another client is served as usual: a GET and a real batch.
    auto c = r.client();
    auto board = c->Get("/v1/board");
    REQUIRE(board);
    CHECK(board->status == 404);  // nothing published, but answered
    SimKiosk k = b.add_kiosk("school A");
    const Bytes file = k.next_batch({make_tip(b.keys().pub.seal_pk).envelope});
    auto res =
        c->Post("/v1/batches", std::string(file.begin(), file.end()), "application/octet-stream");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(r.server.open_connections() >= 3);  // the stalled ones were still open throughout
    CHECK(r.log.all().find("refused a connection from 127.0.0.2: too many open connections") !=
          std::string::npos);
}

TEST_CASE("serve: a client trickling its request head is cut off at the header deadline",
          "[serve][limits]") {
    Bureau b;
    ServerLimits l = patient();
    l.header_timeout = 300ms;  // each byte comes well within idle_timeout: only this can end it
    Running r(b, l);
    RawConn c(r.port);
    REQUIRE(c.send("GET /v1/board HTTP/1.1\r\n"));
    int bytes = 0;
    // One header byte every 20 ms, at most 3000 (a minute): the server must end it first.
    while (bytes < 3000 && !c.answered_now()) {
        if (!c.send("X")) break;
        ++bytes;
        std::this_thread::sleep_for(20ms);  // the attacker's pace, not a synchronisation
    }
    CHECK(bytes < 3000);
    CHECK(c.read_all().rfind("HTTP/1.1 408", 0) == 0);
    CHECK(r.log.all().find("closed a slow connection from 127.0.0.1") != std::string::npos);
}

TEST_CASE("serve: when every worker is busy and the wait line is full, a connection gets 503",
          "[serve][limits]") {
    Bureau b;
    ServerLimits l = patient();
    l.workers = 1;
    l.queue = 1;
    l.per_address = 10;
    Running r(b, l);
    RawConn busy(r.port);
    REQUIRE(busy.send("GET /v1/board HTTP/1.1\r\nHo"));
    REQUIRE(r.server.wait_open_connections(1, 60s));
    RawConn waiting(r.port);  // accepted before the next one, so it fills the wait line
    REQUIRE(waiting.send("GET /v1/board HTTP/1.1\r\nHost: t\r\n\r\n"));
    RawConn shed(r.port);
    REQUIRE(shed.ok());
    CHECK(shed.read_all().rfind("HTTP/1.1 503", 0) == 0);
    busy.close();  // the worker is freed and serves the waiting one
    CHECK(waiting.read_all().rfind("HTTP/1.1 404", 0) == 0);
}

TEST_CASE("serve: junk POSTs are answered 429 once the address's budget is spent, bodies unlogged",
          "[serve][limits]") {
    Bureau b;
    Running r(b, sequential());  // the default rate limit
    auto c = r.client();
    const std::string junk = "JUNK-BODY-MARKER not a batch";
    std::vector<int> status;
    for (int i = 0; i < 40; ++i) {
        auto res = c->Post("/v1/batches", junk, "application/octet-stream");
        REQUIRE(res);
        status.push_back(res->status);
        if (res->status == 429) CHECK(std::stoi(res->get_header_value("Retry-After")) >= 1);
    }
    // The default budget (60 tokens, 6 per refused request) lets the first 10 through.
    for (int i = 0; i < 10; ++i) CHECK(status[std::size_t(i)] == 400);
    CHECK(std::count(status.begin(), status.end(), 429) >= 1);
    const std::string log = r.log.all();
    CHECK(log.find("refused a connection from 127.0.0.1: too many requests (429)") !=
          std::string::npos);
    CHECK(log.find("JUNK-BODY-MARKER") == std::string::npos);
}
