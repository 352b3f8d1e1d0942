#include "screen_table.hpp"

namespace sk::kiosk {

namespace {

constexpr ScreenRoute kRoutes[] = {
    {Screen::attract, Flow::home},
    {Screen::home, Flow::home},
    {Screen::survey_intro, Flow::survey},
    {Screen::survey_question, Flow::survey},
    {Screen::survey_review, Flow::survey},
    {Screen::survey_thanks, Flow::survey},
    {Screen::tip_intro, Flow::tip},
    {Screen::tip_category, Flow::tip},
    {Screen::tip_subject, Flow::tip},
    {Screen::tip_details, Flow::tip},
    {Screen::tip_evidence, Flow::tip},
    {Screen::tip_contact, Flow::tip},
    {Screen::tip_contact_confirm, Flow::tip},
    {Screen::tip_review, Flow::tip},
    {Screen::receipt_shown, Flow::tip},  // the stored tip's code belongs to the tip
    {Screen::receipt_lookup, Flow::receipt_lookup},
    {Screen::receipt_result, Flow::receipt_lookup},
    {Screen::submit_error, Flow::submit_error},
    {Screen::admin_pin, Flow::admin},
    {Screen::admin_home, Flow::admin},
    {Screen::admin_change_pin, Flow::admin},
};
constexpr int kRouteCount = int(sizeof(kRoutes) / sizeof(kRoutes[0]));

constexpr bool in_enum_order() {
    for (int i = 0; i < kRouteCount; ++i)
        if (static_cast<int>(kRoutes[i].screen) != i) return false;
    return kRouteCount == kScreenCount;
}
static_assert(in_enum_order(), "one row per screen, in the order of enum Screen");

}  // namespace

const ScreenRoute* screen_routes(int& count) {
    count = kRouteCount;
    return kRoutes;
}

std::optional<Flow> flow_of(Screen s) {
    const int i = static_cast<int>(s);
    if (i < 0 || i >= kRouteCount) return std::nullopt;
    return kRoutes[i].flow;
}

const char* flow_name(Flow f) {
    switch (f) {
        case Flow::home:
            return "home";
        case Flow::survey:
            return "survey";
        case Flow::tip:
            return "tip";
        case Flow::receipt_lookup:
            return "receipt_lookup";
        case Flow::submit_error:
            return "submit_error";
        case Flow::admin:
            return "admin";
    }
    return "?";
}

}  // namespace sk::kiosk
