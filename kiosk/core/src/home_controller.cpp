#include "home_controller.hpp"

namespace sk::kiosk {

void HomeController::handle(Screen on, const Intent& in) {
    const bool corner = std::holds_alternative<intent::AdminCornerHold>(in);
    if (corner) {
        host_->enter(Flow::admin, in);
    } else if (on == Screen::attract) {
        host_->go(Screen::home);  // any touch wakes the kiosk
    } else if (std::holds_alternative<intent::StartSurvey>(in)) {
        host_->enter(Flow::survey, in);
    } else if (std::holds_alternative<intent::StartTip>(in)) {
        host_->enter(Flow::tip, in);
    } else if (std::holds_alternative<intent::StartReceiptLookup>(in)) {
        host_->enter(Flow::receipt_lookup, in);
    }
}

void HomeController::fill_view(Screen, AppView& v) const {
    v.provisioned = content_->bureau.has_value();
    if (!v.provisioned) v.not_provisioned_msg = i18n_->tr("home.not_provisioned");
    v.idle_hint = i18n_->tr("attract.privacy");
    const std::string lc = lang_code(i18n_->lang());
    for (const auto& s : content_->surveys)
        v.surveys.push_back(
            {s.id, s.title.in(lc), s.intro.in(lc), int(s.questions.size()),
             i18n_->tr(s.audience == survey::Audience::parents ? "home.audience.parents"
                                                               : "home.audience.staff")});
}

}  // namespace sk::kiosk
