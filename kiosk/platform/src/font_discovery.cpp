#include "sk/kiosk/platform/font_discovery.hpp"

#include <fontconfig/fontconfig.h>

#include <array>
#include <cstring>
#include <filesystem>
#include <optional>

namespace sk::kiosk::platform {
namespace {

std::optional<FontLocation> ask_fontconfig() {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return std::nullopt;
    std::optional<FontLocation> found;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("Noto Sans CJK SC"));
    if (pattern) {
        FcConfigSubstitute(config, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultNoMatch;
        FcPattern* match = FcFontMatch(config, pattern, &result);
        if (match && result == FcResultMatch) {
            FcChar8* family = nullptr;
            FcChar8* file = nullptr;
            int index = 0;
            const bool is_noto =
                FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch &&
                std::strstr(reinterpret_cast<const char*>(family), "Noto Sans CJK") != nullptr;
            if (is_noto && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
                if (FcPatternGetInteger(match, FC_INDEX, 0, &index) != FcResultMatch) index = 0;
                found = FontLocation{reinterpret_cast<const char*>(file), index, true};
            }
        }
        if (match) FcPatternDestroy(match);
        FcPatternDestroy(pattern);
    }
    FcConfigDestroy(config);
    return found;
}

}  // namespace

Result<FontLocation> find_cjk_font() {
    if (auto fc = ask_fontconfig(); fc && std::filesystem::exists(fc->path)) return *fc;
    // Face 2 of Debian's NotoSansCJK-Regular.ttc is the Simplified Chinese face (JP, KR,
    // SC, TC, HK); the .otf variants hold a single face.
    struct Known {
        const char* path;
        int index;
    };
    static constexpr std::array<Known, 4> kKnown{{
        {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2},
        {"/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf", 0},
        {"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2},
        {"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2},
    }};
    for (const auto& k : kKnown) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(k.path, ec)) return FontLocation{k.path, k.index};
    }
    return Error{Errc::not_found,
                 "Noto Sans CJK font not found (fontconfig and /usr/share/fonts/opentype/noto); "
                 "install the Debian package fonts-noto-cjk"};
}

}  // namespace sk::kiosk::platform
