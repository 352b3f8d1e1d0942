#include "submit_error_controller.hpp"

namespace sk::kiosk {

void SubmitErrorController::show(SubmitFailure f) {
    failure_ = std::move(f);
    host_->go(Screen::submit_error);
}

void SubmitErrorController::handle(Screen, const Intent& in) {
    if (std::holds_alternative<intent::Submit>(in)) {
        host_->retry_submit(failure_.back_to);
    } else if (std::holds_alternative<intent::Back>(in)) {
        host_->go(failure_.back_to);
    }
}

void SubmitErrorController::fill_view(Screen, AppView& v) const {
    v.submit_error.message = localize(*i18n_, failure_.message);
    v.submit_error.detail = failure_.detail;
    v.submit_error.retry_after_seconds = failure_.retry_after_seconds;
    v.submit_error.back_to = failure_.back_to;
}

}  // namespace sk::kiosk
