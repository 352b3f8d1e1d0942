// Candidates the screen cannot draw are never offered (AppConfig::can_display), and paging
// still walks the whole list of the ones it can.
#include "keyboard_test_util.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

namespace {

// "shi" offers 14 single characters in the fake engine; pretend the font lacks 时 and 事.
bool no_shi_or_shi4(char32_t c) {
    return c != U'时' && c != U'事';
}

std::string all_pages(KeyboardApp& k) {
    std::string seen = candidates_of(k.kb());
    for (int guard = 0; guard < 10 && k.kb().page + 1 < k.kb().page_count; ++guard) {
        k.app.dispatch(intent::CandidatePage{+1});
        seen += candidates_of(k.kb());
    }
    return seen;
}

}  // namespace

TEST_CASE("keyboard: candidates the font cannot draw are skipped on every page",
          "[kiosk][keyboard]") {
    KeyboardApp k(true, true, true, no_shi_or_shi4);
    k.open_on_unit();
    k.keys("shi");
    const std::string seen = all_pages(k);
    CHECK(seen.find("时") == std::string::npos);
    CHECK(seen.find("事") == std::string::npos);
    CHECK(seen.find("是") != std::string::npos);
    CHECK(seen.find("石") != std::string::npos);  // the last one, on the last page

    // Picking the second shown candidate inserts 十 (时 is hidden between 是 and 十).
    k.app.dispatch(intent::CandidatePage{-1});
    k.app.dispatch(intent::CandidatePage{-1});
    REQUIRE(k.kb().page == 0);
    k.app.dispatch(intent::CandidatePick{1});
    CHECK(k.text(field::tip_unit) == "十");
}

TEST_CASE("keyboard: without a display filter every candidate is offered", "[kiosk][keyboard]") {
    KeyboardApp k;
    k.open_on_unit();
    k.keys("shi");
    const std::string seen = all_pages(k);
    CHECK(seen.find("时") != std::string::npos);
    CHECK(seen.find("事") != std::string::npos);
    CHECK(seen.find("石") != std::string::npos);
}
