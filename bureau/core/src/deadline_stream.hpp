// The byte stream of one ingest-server connection, for httplib's request parser: every read
// and write waits at most idle_timeout, the request line and headers must be complete within
// header_timeout of accept and the whole exchange within request_timeout, and no more than
// the headers' and the body's share of bytes is read, whatever the framing.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>

#include "sk/bureau/server_limits.hpp"

namespace sk::bureau::detail {

class DeadlineStream : public httplib::Stream {
  public:
    DeadlineStream(socket_t sock, const ServerLimits& limits);

    enum class Stop { none, header_timeout, request_timeout, idle_timeout, too_many_bytes };

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override;

    // The request line and headers have been parsed: the body gets request_timeout.
    void headers_complete();
    Stop stopped() const { return stop_; }
    bool wrote() const { return written_ > 0; }

  private:
    // Waits for `events` until the nearest deadline; records why it gave up.
    bool wait(short events) const;

    socket_t sock_;
    const ServerLimits& limits_;
    std::chrono::steady_clock::time_point start_;
    bool in_headers_ = true;
    std::size_t delivered_ = 0;  // bytes handed to the parser
    std::size_t written_ = 0;
    mutable Stop stop_ = Stop::none;
    char buf_[4096];
    std::size_t buf_off_ = 0;
    std::size_t buf_len_ = 0;
};

// "1.2.3.4" or "::1" of the peer; empty if unknown.
std::string peer_address(socket_t sock);

}  // namespace sk::bureau::detail
