// sk_bench: prints one table of figures, each next to a raw baseline from the same run.
// Usage: sk_bench [--quick] [--dir WORKDIR] [--only SECTION]. It never fails on speed.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "bench_sections.hpp"
#include "sk/crypto/init.hpp"

int main(int argc, char** argv) {
    sk::bench::Options opt;
    std::string only;  // empty: every section
    opt.work_dir = (std::filesystem::temp_directory_path() / "sk-bench").string();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            opt.quick = true;
        } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            opt.work_dir = argv[++i];
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else {
            std::fprintf(stderr,
                         "usage: sk_bench [--quick] [--dir WORKDIR] [--only SECTION]\n"
                         "sections: seal submit export import report registers\n");
            return 2;
        }
    }
    if (!sk::crypto::init()) {
        std::fprintf(stderr, "sk_bench: libsodium failed to initialise\n");
        return 1;
    }
    std::filesystem::create_directories(opt.work_dir);
    std::printf("sk_bench %s (%s)\n", SK_VERSION, opt.quick ? "quick" : "full");
    sk::bench::print_header();
    using Section = bool (*)(const sk::bench::Options&);
    const std::pair<const char*, Section> sections[] = {
        {"seal", sk::bench::bench_seal},     {"submit", sk::bench::bench_submit},
        {"export", sk::bench::bench_export}, {"import", sk::bench::bench_import},
        {"report", sk::bench::bench_report}, {"registers", sk::bench::bench_registers},
    };
    bool ok = true;
    for (const auto& [name, run] : sections) {
        if (only.empty() || only == name) ok = run(opt) && ok;
    }
    if (!ok) std::fprintf(stderr, "sk_bench: a section failed (see above)\n");
    return ok ? 0 : 1;
}
