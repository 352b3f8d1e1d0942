// sk_make_demo_assets [SURVEYS_DIR [OUT_DIR]]
// Regenerates assets/demo/ from assets/surveys/*.json with the DEMO (insecure, published)
// bureau key set. Output is byte-for-byte reproducible; tests/kiosk_core checks that the
// committed files match.
#include <cstdio>

#include "demo_assets.hpp"
#include "sk/crypto/init.hpp"

int main(int argc, char** argv) {
    if (argc > 3 || (argc > 1 && (std::string_view(argv[1]) == "-h" ||
                                  std::string_view(argv[1]) == "--help"))) {
        std::fprintf(stderr,
                     "usage: sk_make_demo_assets [SURVEYS_DIR [OUT_DIR]]\n"
                     "defaults: assets/surveys assets/demo (run from the checkout)\n");
        return 2;
    }
    std::filesystem::path surveys = argc > 1 ? argv[1] : "assets/surveys";
    std::filesystem::path out = argc > 2 ? argv[2] : "assets/demo";
    if (auto r = sk::crypto::init(); !r) {
        std::fprintf(stderr, "sk_make_demo_assets: %s\n", r.error().message.c_str());
        return 1;
    }
    auto r = sk::demo::write_demo_assets(surveys, out);
    if (!r) {
        std::fprintf(stderr, "sk_make_demo_assets: %s\n", r.error().message.c_str());
        return 1;
    }
    std::printf("wrote demo assets (INSECURE demo key) to %s\n", out.string().c_str());
    return 0;
}
