#include "kiosk_bench_proc.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sk::bench {

std::optional<Child> Child::spawn(const std::vector<std::string>& argv) {
    int fds[2];
    if (::pipe(fds) != 0) return std::nullopt;
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execv(args[0], args.data());
        std::perror("exec");
        ::_exit(127);
    }
    ::close(fds[1]);
    return Child(pid, fds[0]);
}

Child::~Child() {
    if (pid_ > 0) stop();
    if (out_fd_ >= 0) ::close(out_fd_);
}

std::optional<std::string> Child::wait_for_line(const std::string& needle,
                                                std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        for (size_t nl; (nl = buf_.find('\n')) != std::string::npos;) {
            std::string line = buf_.substr(0, nl);
            buf_.erase(0, nl + 1);
            if (line.find(needle) != std::string::npos) return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        pollfd p{out_fd_, POLLIN, 0};
        if (::poll(&p, 1, int(left.count())) <= 0) continue;
        char chunk[4096];
        const ssize_t got = ::read(out_fd_, chunk, sizeof chunk);
        if (got <= 0) return std::nullopt;
        buf_.append(chunk, size_t(got));
    }
}

double Child::cpu_seconds() const {
    std::ifstream in("/proc/" + std::to_string(pid_) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Fields after the command name "(...)": state is field 3, utime 14, stime 15.
    const size_t close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(stat.substr(close + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::strtoull(field.c_str(), nullptr, 10);
        if (i == 15) stime = std::strtoull(field.c_str(), nullptr, 10);
    }
    return double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
}

int Child::stop() {
    if (pid_ <= 0) return -1;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

int Child::wait_exit(double* user_s, double* sys_s) {
    if (pid_ <= 0) return -1;
    int status = 0;
    struct rusage ru {};
    ::wait4(pid_, &status, 0, &ru);
    pid_ = -1;
    if (user_s) *user_s = double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) / 1e6;
    if (sys_s) *sys_s = double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) / 1e6;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

long self_rss_kib() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return 0;
}

double number_after(const std::string& line, const std::string& key) {
    const size_t at = line.find(key);
    if (at == std::string::npos) return -1;
    return std::strtod(line.c_str() + at + key.size(), nullptr);
}

}  // namespace sk::bench
