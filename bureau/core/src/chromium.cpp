#include "sk/bureau/chromium.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "sk/bureau/file_io.hpp"

extern char** environ;

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

// Runs chromium with `args` after the common headless flags, output to /dev/null.
Result<void> run_chromium(const std::vector<std::string>& args) {
    const auto exe = find_chromium();
    if (!exe) {
        return Error{
            Errc::not_found,
            "chromium is not installed (apt-get install --no-install-recommends chromium)"};
    }
    std::string tmpl = (fs::temp_directory_path() / "sk-chromium-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
        return Error{Errc::io_error, "cannot make a profile directory for chromium"};
    }
    std::vector<std::string> argv = {exe->string(), "--headless",
                                     // No sandbox: the page is our own static report, and
                                     // the sandbox needs privileges a CI container lacks.
                                     "--no-sandbox", "--disable-gpu", "--no-first-run",
                                     "--disable-extensions", "--hide-scrollbars",
                                     "--user-data-dir=" + tmpl};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(a.data());
    cargv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, cargv[0], &fa, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    int status = 0;
    if (rc == 0) {
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    std::error_code ec;
    fs::remove_all(tmpl, ec);
    if (rc != 0)
        return Error{Errc::io_error, "cannot start chromium: " + std::string(std::strerror(rc))};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return Error{Errc::io_error, "chromium failed (status " + std::to_string(status) + ")"};
    }
    return ok();
}

std::string file_url(const fs::path& p) {
    return "file://" + fs::absolute(p).string();
}

// Chromium exits 0 even when it could not write; the file is the proof.
Result<void> check_written(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec) || fs::file_size(p, ec) == 0) {
        return Error{Errc::io_error, "chromium did not write " + p.string()};
    }
    return ok();
}

}  // namespace

std::optional<fs::path> find_chromium() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        const size_t end = std::min(dirs.find(':', start), dirs.size());
        const fs::path dir = dirs.substr(start, end - start);
        for (const char* name : {"chromium", "chromium-browser"}) {
            const fs::path p = dir / name;
            if (!dir.empty() && ::access(p.c_str(), X_OK) == 0) return p;
        }
        start = end + 1;
    }
    return std::nullopt;
}

Result<void> html_to_pdf(const fs::path& html_file, const fs::path& pdf) {
    return write_file_from(pdf, false, 0644, [&](const fs::path& tmp) -> Result<void> {
        SK_TRY(run_chromium({"--no-pdf-header-footer", "--print-to-pdf-no-header",
                             "--print-to-pdf=" + tmp.string(), file_url(html_file)}));
        return check_written(tmp);
    });
}

Result<void> html_screenshot(const fs::path& html_file, const fs::path& png, int width,
                             int height) {
    return write_file_from(png, false, 0644, [&](const fs::path& tmp) -> Result<void> {
        // Chromium picks the image type from the suffix, so it writes "<tmp>.png", which
        // then replaces the temp file.
        const fs::path shot = tmp.string() + ".png";
        auto run =
            run_chromium({"--screenshot=" + shot.string(),
                          "--window-size=" + std::to_string(width) + "," + std::to_string(height),
                          file_url(html_file)});
        if (run) run = check_written(shot);
        std::error_code ec;
        if (run) fs::rename(shot, tmp, ec);
        if (!run || ec) {
            fs::remove(shot, ec);
            return run ? Error{Errc::io_error, "cannot move " + shot.string()} : run;
        }
        return ok();
    });
}

}  // namespace sk::bureau
