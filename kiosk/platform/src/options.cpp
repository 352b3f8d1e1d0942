#include "sk/kiosk/platform/options.hpp"

#include <string_view>

#include "sk/kiosk_sync/assets_dir.hpp"

namespace sk::kiosk::platform {

std::string usage() {
    return "usage: kiosk --data DIR [--demo] [--windowed] [--lang zh-CN|en] [--assets DIR]\n"
           "             [--verbose] [--print-timing] [--exit-after-first-frame]\n";
}

Result<Options> parse_options(int argc, char** argv) {
    Options o;
#ifdef SK_DEFAULT_ASSETS_DIR
    o.assets_dir = kiosk_sync::default_assets_dir(SK_DEFAULT_ASSETS_DIR);
#endif
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const auto value = [&](std::string_view name) -> Result<std::string> {
            if (i + 1 >= argc)
                return Error{Errc::invalid_argument, std::string(name) + " needs a value"};
            return std::string(argv[++i]);
        };
        if (a == "--data") {
            auto v = value(a);
            if (!v) return v.error();
            o.data_dir = *v;
        } else if (a == "--assets") {
            auto v = value(a);
            if (!v) return v.error();
            o.assets_dir = *v;
        } else if (a == "--lang") {
            auto v = value(a);
            if (!v) return v.error();
            if (!parse_lang(*v, o.lang)) {
                return Error{Errc::invalid_argument, "--lang must be zh-CN or en, not " + *v};
            }
        } else if (a == "--windowed") {
            o.windowed = true;
        } else if (a == "--demo") {
            o.demo = true;
        } else if (a == "--verbose") {
            o.verbose = true;
        } else if (a == "--print-timing") {
            o.print_timing = true;
        } else if (a == "--exit-after-first-frame") {
            o.exit_after_first_frame = true;
        } else if (a == "--help" || a == "-h") {
            o.help = true;
        } else {
            return Error{Errc::invalid_argument, "unknown option " + std::string(a)};
        }
    }
    if (!o.help && o.data_dir.empty())
        return Error{Errc::invalid_argument, "--data DIR is required"};
    if (!o.help && o.assets_dir.empty())
        return Error{Errc::invalid_argument, "--assets DIR is required"};
    return o;
}

}  // namespace sk::kiosk::platform
