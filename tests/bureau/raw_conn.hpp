// A plain TCP client for the ingest-server tests: what httplib::Client will not do (stall
// half-way through a request head, stream a body without end, connect from another loopback
// address). Every wait is bounded; nothing here sleeps to synchronise.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

namespace sk::bureau::test {

class RawConn {
  public:
    // Connects to 127.0.0.1:port from `from` (another 127.x.y.z address stands for another
    // client machine). ok() is false if that failed.
    RawConn(int port, const char* from = "127.0.0.1") {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) return;
        timeval tv{30, 0};  // no send may block a test for more than this
        ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        sockaddr_in src{};
        src.sin_family = AF_INET;
        ::inet_pton(AF_INET, from, &src.sin_addr);
        sockaddr_in dst{};
        dst.sin_family = AF_INET;
        dst.sin_port = htons(uint16_t(port));
        ::inet_pton(AF_INET, "127.0.0.1", &dst.sin_addr);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&src), sizeof src) != 0 ||
            ::connect(fd_, reinterpret_cast<sockaddr*>(&dst), sizeof dst) != 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }
    ~RawConn() { close(); }
    RawConn(const RawConn&) = delete;
    RawConn& operator=(const RawConn&) = delete;

    bool ok() const { return fd_ >= 0; }
    void close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    // False once the server has closed or reset the connection.
    bool send(const std::string& s) {
        std::size_t off = 0;
        while (off < s.size()) {
            const ssize_t n = ::send(fd_, s.data() + off, s.size() - off, MSG_NOSIGNAL);
            if (n <= 0) return false;
            off += std::size_t(n);
        }
        return true;
    }
    // Has the server answered or closed (without waiting)?
    bool answered_now() const {
        pollfd p{fd_, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }
    // Everything the server sends until it closes, waiting at most `limit` in all.
    std::string read_all(std::chrono::seconds limit = std::chrono::seconds(30)) {
        std::string out;
        const auto until = std::chrono::steady_clock::now() + limit;
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  until - std::chrono::steady_clock::now())
                                  .count();
            pollfd p{fd_, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) break;
            char buf[4096];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) break;
            out.append(buf, std::size_t(n));
        }
        return out;
    }

  private:
    int fd_ = -1;
};

}  // namespace sk::bureau::test
