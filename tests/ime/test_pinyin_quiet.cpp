// Issue 11, defect 10: libpinyin printed "open  failed." on stderr at every kiosk start
// (its user tables, which the kiosk deliberately does not have). Opening the engine writes
// nothing to stderr now, and stderr works as before afterwards.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "default_paths.hpp"
#include "libpinyin_engine.hpp"

namespace {

// Runs f with fd 2 going to a temporary file; returns what was written there.
template <class F>
std::string stderr_of(F&& f) {
    char path[] = "/tmp/sk-pinyin-stderr-XXXXXX";
    const int fd = ::mkstemp(path);
    REQUIRE(fd >= 0);
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(fd, STDERR_FILENO);
    f();
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    std::string out;
    char buf[512];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, size_t(n));
    ::close(fd);
    ::unlink(path);
    return out;
}

}  // namespace

TEST_CASE("opening libpinyin writes nothing to stderr", "[ime][pinyin][issue11]") {
    bool opened = false;
    const std::string err = stderr_of([&] {
        auto r = sk::kiosk::ime::LibpinyinEngine::open(sk::kiosk::ime::default_pinyin_data_dir());
        opened = r.ok();
    });
    REQUIRE(opened);
    CHECK(err.empty());
    // stderr is ours again.
    const std::string after = stderr_of([] { std::fprintf(stderr, "x\n"); });
    CHECK(after == "x\n");
}
