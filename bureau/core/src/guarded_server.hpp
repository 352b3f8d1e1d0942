// httplib's Server with the ingest server's limits (ServerLimits): one request per connection,
// read through a DeadlineStream; a connection is admitted by the AddressLimiter before any
// byte of it is read (else 503 or 429 at once); a full wait line is answered 503. Handlers
// reach the connection's stream and address through current() (they run on its thread).
#pragma once

#include <httplib.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <string>

#include "deadline_stream.hpp"
#include "sk/bureau/address_limiter.hpp"
#include "sk/bureau/server_limits.hpp"

namespace sk::bureau::detail {

class GuardedServer : public httplib::Server {
  public:
    using NoteFn = std::function<void(const std::string&)>;

    GuardedServer(ServerLimits limits, NoteFn note);

    struct Connection {
        DeadlineStream* stream;
        std::string address;
    };
    // The connection being served on this thread; null outside a handler.
    static Connection* current();

    AddressLimiter& limiter() { return limiter_; }
    const ServerLimits& limits() const { return limits_; }
    // Wakes every connection still being read or drained, so that after stop() the workers
    // finish now instead of at their deadlines. Called by the task queue's shutdown, on the
    // listening thread: stop() itself stays safe to call from a signal handler.
    void shutdown_connections();

  private:
    bool process_and_close_socket(socket_t sock) override;
    // One request on `sock` (not closed here); answered_in_full: no deadline or limit cut it.
    bool serve(socket_t sock, const std::string& addr, bool& answered_in_full);
    // Answers without reading the request, for connections refused at admission.
    void refuse(socket_t sock, int status, const std::string& text, int retry_after_s);
    // After the answer: stop sending, read what the client still sends for a little while so
    // that it sees the answer rather than a reset, then close.
    void linger_and_close(socket_t sock, bool may_wait);
    void note(const std::string& line) const;

    ServerLimits limits_;
    NoteFn note_;
    AddressLimiter limiter_;
    std::atomic<std::size_t> shed_{0};
    std::mutex active_mu_;
    std::set<socket_t> active_;
};

// s with anything but printable ASCII shown as '?', at most `max` characters: request paths
// and addresses go to the operator's console.
std::string loggable(const std::string& s, std::size_t max = 120);

}  // namespace sk::bureau::detail
