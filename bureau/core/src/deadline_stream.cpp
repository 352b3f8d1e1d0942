#include "deadline_stream.hpp"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace sk::bureau::detail {

namespace {
using namespace std::chrono;

// Chunk-size lines and trailers around a body: a generous allowance, not a format rule.
constexpr std::size_t kFramingAllowance = 64 * 1024;

void ip_and_port(const sockaddr_storage& a, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = {};
    if (a.ss_family == AF_INET) {
        const auto* v4 = reinterpret_cast<const sockaddr_in*>(&a);
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
        port = ntohs(v4->sin_port);
    } else if (a.ss_family == AF_INET6) {
        const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&a);
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        port = ntohs(v6->sin6_port);
    }
    ip = text;
}
}  // namespace

std::string peer_address(socket_t sock) {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    std::string ip;
    int port = 0;
    if (getpeername(sock, reinterpret_cast<sockaddr*>(&a), &len) == 0) ip_and_port(a, ip, port);
    return ip;
}

DeadlineStream::DeadlineStream(socket_t sock, const ServerLimits& limits)
    : sock_(sock), limits_(limits), start_(steady_clock::now()) {}

bool DeadlineStream::wait(short events) const {
    const auto now = steady_clock::now();
    auto until = now + limits_.idle_timeout;
    Stop why = Stop::idle_timeout;
    if (start_ + limits_.request_timeout <= until) {
        until = start_ + limits_.request_timeout;
        why = Stop::request_timeout;
    }
    if (in_headers_ && start_ + limits_.header_timeout <= until) {
        until = start_ + limits_.header_timeout;
        why = Stop::header_timeout;
    }
    for (;;) {
        const auto left = duration_cast<milliseconds>(until - steady_clock::now()).count();
        if (left <= 0) break;
        pollfd p{sock_, events, 0};
        const int n = ::poll(&p, 1, int(std::min<long long>(left, 60'000)));
        if (n > 0) return true;
        if (n < 0 && errno != EINTR) return false;
    }
    stop_ = why;
    return false;
}

bool DeadlineStream::is_readable() const {
    return buf_off_ < buf_len_ || wait(POLLIN);
}

bool DeadlineStream::is_writable() const {
    return wait(POLLOUT);
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
    const std::size_t cap =
        in_headers_ ? limits_.max_header_bytes
                    : limits_.max_header_bytes + limits_.max_body_bytes + kFramingAllowance;
    if (delivered_ >= cap) {
        stop_ = Stop::too_many_bytes;
        return -1;
    }
    size = std::min(size, cap - delivered_);
    if (buf_off_ == buf_len_) {
        if (!wait(POLLIN)) return -1;
        const ssize_t n = ::recv(sock_, buf_, sizeof buf_, 0);
        if (n <= 0) return n;
        buf_off_ = 0;
        buf_len_ = std::size_t(n);
    }
    const std::size_t n = std::min(size, buf_len_ - buf_off_);
    std::memcpy(ptr, buf_ + buf_off_, n);
    buf_off_ += n;
    delivered_ += n;
    return ssize_t(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
    if (!wait(POLLOUT)) return -1;
    const ssize_t n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    if (n > 0) written_ += std::size_t(n);
    return n;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    if (getpeername(sock_, reinterpret_cast<sockaddr*>(&a), &len) == 0) ip_and_port(a, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&a), &len) == 0) ip_and_port(a, ip, port);
}

socket_t DeadlineStream::socket() const {
    return sock_;
}

void DeadlineStream::headers_complete() {
    in_headers_ = false;
}

}  // namespace sk::bureau::detail
