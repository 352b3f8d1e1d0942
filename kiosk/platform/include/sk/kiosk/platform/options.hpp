// Command line of the `kiosk` binary.
#pragma once

#include <filesystem>
#include <string>

#include "sk/kiosk/i18n.hpp"
#include "sk/result.hpp"

namespace sk::kiosk::platform {

struct Options {
    std::filesystem::path data_dir;       // --data DIR (required)
    std::filesystem::path assets_dir;     // --assets DIR (default: installed or source assets)
    bool windowed = false;                // --windowed: 1280x800 window instead of fullscreen
    Lang lang = Lang::zh_CN;              // --lang zh-CN|en
    bool demo = false;                    // --demo
    bool verbose = false;                 // --verbose: font atlas size, build and context times
    bool exit_after_first_frame = false;  // --exit-after-first-frame (start-up measurement)
    bool print_timing = false;            // --print-timing: first frame ms, RSS
    bool help = false;
};

// Errc::invalid_argument with a one-line message on bad input.
Result<Options> parse_options(int argc, char** argv);
std::string usage();

}  // namespace sk::kiosk::platform
