#include "guarded_server.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bounded_task_queue.hpp"

namespace sk::bureau::detail {

namespace {
using namespace std::chrono;

thread_local GuardedServer::Connection* tl_current = nullptr;

// Read and dropped after an answer, at most: enough for a refused request's head and the
// start of its body, not a way to make the server read a huge body after all.
constexpr std::size_t kLingerDrainBytes = 64 * 1024;

const char* reason_phrase(int status) {
    switch (status) {
        case 408:
            return "Request Timeout";
        case 429:
            return "Too Many Requests";
        default:
            return "Service Unavailable";
    }
}

std::string seconds(milliseconds ms) {
    return std::to_string((ms.count() + 999) / 1000) + " s";
}
}  // namespace

std::string loggable(const std::string& s, std::size_t max) {
    std::string out;
    for (char c : s.substr(0, max)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
    if (s.size() > max) out += "...";
    return out;
}

GuardedServer::GuardedServer(ServerLimits limits, NoteFn note)
    : limits_(std::move(limits)), note_(std::move(note)), limiter_(limits_) {
    new_task_queue = [this] {
        return new BoundedTaskQueue(limits_.workers, limits_.queue,
                                    [this] { shutdown_connections(); });
    };
    // Called after every answer written by httplib: refusals spend the address's budget.
    set_logger([this](const httplib::Request&, const httplib::Response& res) {
        if (tl_current && res.status >= 400 && res.status != 404 && res.status != 429)
            limiter_.charge_refusal(tl_current->address);
    });
}

GuardedServer::Connection* GuardedServer::current() {
    return tl_current;
}

void GuardedServer::note(const std::string& line) const {
    if (note_) note_(line);
}

void GuardedServer::shutdown_connections() {
    std::lock_guard<std::mutex> lock(active_mu_);
    for (socket_t s : active_) ::shutdown(s, SHUT_RDWR);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
    if (svr_sock_ == INVALID_SOCKET) {  // stopped: connections still queued are not served
        ::close(sock);
        return false;
    }
    const std::string addr = peer_address(sock);
    if (BoundedTaskQueue::overloaded()) {
        // On the accepting thread: answer without waiting for anything.
        const std::size_t n = ++shed_;
        if ((n & (n - 1)) == 0)
            note("server busy: " + std::to_string(n) + " connection(s) refused so far (503)");
        refuse(sock, 503, "the server is busy, try again later", 0);
        linger_and_close(sock, false);
        return false;
    }
    const AddressLimiter::Decision d = limiter_.open(addr);
    if (d.admit != AddressLimiter::Admit::ok) {
        const bool rate = d.admit == AddressLimiter::Admit::rate_limited;
        if (d.log) {
            std::string line =
                "refused a connection from " + loggable(addr) +
                (rate ? ": too many requests (429)" : ": too many open connections from it (503)");
            if (d.unlogged > 0)
                line += "; " + std::to_string(d.unlogged) + " more since the last such line";
            note(line);
        }
        refuse(sock, rate ? 429 : 503,
               rate ? "too many requests from your address, try again later"
                    : "too many connections from your address",
               d.retry_after_s);
        linger_and_close(sock, true);
        return false;
    }
    {
        std::lock_guard<std::mutex> lock(active_mu_);
        active_.insert(sock);
    }
    bool answered_in_full = false;
    const bool ok = serve(sock, addr, answered_in_full);
    {
        // Before the socket is closed: its number may be reused at once.
        std::lock_guard<std::mutex> lock(active_mu_);
        active_.erase(sock);
    }
    // The answer is out: the slot is free before the (bounded) linger, so a client that sends
    // its next request as soon as it has read this answer is not refused for this one.
    limiter_.close(addr);
    linger_and_close(sock, answered_in_full);
    return ok;
}

bool GuardedServer::serve(socket_t sock, const std::string& addr, bool& answered_in_full) {
    DeadlineStream strm(sock, limits_);
    Connection conn{&strm, addr};
    tl_current = &conn;
    bool closed = false;
    // close_connection: one request per connection, so a worker is never held by an idle
    // keep-alive connection.
    const bool ok = process_request(strm, true, closed, nullptr);
    tl_current = nullptr;
    const auto stop = strm.stopped();
    if (stop == DeadlineStream::Stop::header_timeout ||
        stop == DeadlineStream::Stop::idle_timeout ||
        stop == DeadlineStream::Stop::request_timeout) {
        if (!strm.wrote()) refuse(sock, 408, "the request did not arrive in time", 0);
        note("closed a slow connection from " + loggable(addr) + ": " +
             (stop == DeadlineStream::Stop::header_timeout
                  ? "no complete request head within " + seconds(limits_.header_timeout)
              : stop == DeadlineStream::Stop::idle_timeout
                  ? "nothing sent for " + seconds(limits_.idle_timeout)
                  : "request not done within " + seconds(limits_.request_timeout)));
        limiter_.charge_refusal(addr);
    } else if (stop == DeadlineStream::Stop::too_many_bytes && !strm.wrote()) {
        note("closed a connection from " + loggable(addr) + ": request head or body too large");
        limiter_.charge_refusal(addr);
    }
    answered_in_full = stop == DeadlineStream::Stop::none;
    return ok;
}

void GuardedServer::refuse(socket_t sock, int status, const std::string& text, int retry_after_s) {
    std::string r = "HTTP/1.1 " + std::to_string(status) + " " + reason_phrase(status) +
                    "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                    std::to_string(text.size() + 1) + "\r\nConnection: close\r\n";
    if (retry_after_s > 0) r += "Retry-After: " + std::to_string(retry_after_s) + "\r\n";
    r += "\r\n" + text + "\n";
    // Small enough for any socket buffer: never blocks (MSG_DONTWAIT), a failure is ignored.
    (void)::send(sock, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

void GuardedServer::linger_and_close(socket_t sock, bool may_wait) {
    ::shutdown(sock, SHUT_WR);
    const auto until = steady_clock::now() + (may_wait ? limits_.linger_timeout : milliseconds(0));
    std::size_t drained = 0;
    char buf[4096];
    while (drained < kLingerDrainBytes) {
        const auto left = duration_cast<milliseconds>(until - steady_clock::now()).count();
        pollfd p{sock, POLLIN, 0};
        if (::poll(&p, 1, int(std::max<long long>(0, left))) <= 0) break;
        const ssize_t n = ::recv(sock, buf, sizeof buf, MSG_DONTWAIT);
        if (n <= 0) break;  // the client closed: the answer was read
        drained += std::size_t(n);
    }
    ::close(sock);
}

}  // namespace sk::bureau::detail
