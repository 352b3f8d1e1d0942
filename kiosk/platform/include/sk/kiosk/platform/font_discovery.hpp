// Finds Noto Sans CJK (Debian's fonts-noto-cjk) at run time. The kiosk cannot show a
// single Chinese word without it, so a missing font is a clear startup error, not a
// screen full of '?'.
#pragma once

#include <string>

#include "sk/result.hpp"

namespace sk::kiosk::platform {

struct FontLocation {
    std::string path;    // .ttc / .otf
    int face_index = 0;  // face inside a collection (Noto Sans CJK SC in the .ttc)
    bool from_fontconfig = false;
};

// Asks fontconfig for "Noto Sans CJK SC" and accepts the match only if it really is a
// Noto CJK face (fontconfig always returns *some* font); otherwise tries the known
// Debian paths. Errc::not_found with a one-line message naming the package to install.
Result<FontLocation> find_cjk_font();

}  // namespace sk::kiosk::platform
