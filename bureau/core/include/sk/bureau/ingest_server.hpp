// The ingest server for `kioskctl push` (cpp-httplib): POST /v1/batches with a batch file as
// the body imports it and answers with the signed ack for that batch. GET /v1/board and
// /v1/bundles/<name> serve what `bureau status-board` and `bureau sign-survey` left in the
// home's outbox/. Binds only the address it is given; kiosks never listen. Slow, huge and
// repeated requests are bounded by ServerLimits (one request per connection).
#pragma once

#include <filesystem>
#include <functional>
#include <chrono>
#include <memory>
#include <string>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/bureau/server_limits.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// "127.0.0.1:8443" -> host, port. Errc::invalid_argument otherwise (port 0 allowed: tests).
Result<std::pair<std::string, int>> parse_listen(const std::string& spec);

// outbox/ under the home: files the server hands out.
std::filesystem::path outbox_dir(const std::filesystem::path& home);

class IngestServer {
  public:
    // The session must outlive the server. Imports are serialised (one store connection).
    IngestServer(Session& session, std::filesystem::path home, ImportOptions opt = {},
                 ServerLimits limits = {});
    ~IngestServer();
    IngestServer(const IngestServer&) = delete;
    IngestServer& operator=(const IngestServer&) = delete;

    // Binds host:port (port 0: any free port). Returns the bound port.
    Result<int> bind(const std::string& host, int port);
    // Serves until stop(). Errc::io_error if the listener fails.
    Result<void> run();
    void stop();
    bool running() const;

    // Last outcome line per request and every refusal (never a request body), for the
    // operator's console (set before the reply; called from the serving threads).
    using LogFn = std::function<void(const std::string&)>;
    void set_log(LogFn fn);

    // Connections admitted and not yet closed; the wait is the tests' "server reached this
    // step" signal (true once at least n are open, false after the timeout).
    std::size_t open_connections() const;
    bool wait_open_connections(std::size_t n, std::chrono::milliseconds timeout) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sk::bureau
