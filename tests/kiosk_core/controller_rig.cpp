#include "controller_rig.hpp"

#include <catch2/catch.hpp>

#include "local_date.hpp"

namespace sk::kiosk::testing {

namespace {
storage::KioskStore open_store(const TempDir& dir) {
    auto s = storage::KioskStore::open(dir / "kiosk.db");
    if (!s) FAIL("KioskStore::open: " << s.error().message);
    return std::move(*s);
}
}  // namespace

ControllerRig::ControllerRig() : store(open_store(dir)) {
    auto t = I18n::load(assets_dir());
    REQUIRE(t);
    i18n = std::move(*t);
    auto cats = load_tip_categories(assets_dir());
    REQUIRE(cats);
    categories = std::move(*cats);
    REQUIRE(provision_demo(store, assets_dir(), clock.today()));
    auto c = load_content(store, clock.today());
    REQUIRE(c);
    content = std::move(*c);
}

}  // namespace sk::kiosk::testing
