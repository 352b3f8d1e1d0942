// The kiosk's default assets folder: installed layout beside the binary, else the build tree.
#include <catch2/catch.hpp>

#include "../common/temp_dir.hpp"
#include "sk/kiosk_sync/assets_dir.hpp"

namespace fs = std::filesystem;
using sk::kiosk_sync::default_assets_dir;

TEST_CASE("an installed binary uses <prefix>/share/school-kiosk") {
    sk::testing::TempDir tmp("sk-assets");
    fs::create_directories(tmp / "usr/share/school-kiosk/i18n");
    fs::create_directories(tmp / "usr/bin");
    CHECK(default_assets_dir(tmp / "usr/bin/kiosk", "/src/assets") ==
          tmp / "usr/share/school-kiosk");
}

TEST_CASE("a build-tree binary falls back to the source assets") {
    sk::testing::TempDir tmp("sk-assets");
    fs::create_directories(tmp / "build/kiosk/platform");
    // share/school-kiosk without i18n/ is not an installed asset folder.
    fs::create_directories(tmp / "build/share/school-kiosk");
    CHECK(default_assets_dir(tmp / "build/kiosk/platform/kiosk", "/src/assets") == "/src/assets");
    CHECK(default_assets_dir(fs::path(), "/src/assets") == "/src/assets");
}
