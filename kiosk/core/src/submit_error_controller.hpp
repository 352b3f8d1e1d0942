// The submit error screen (commit failed, anti-flood refusal): everything typed is kept;
// Retry hands Submit back to the review screen it came from, Back returns there.
#pragma once

#include "flow_controller.hpp"
#include "flow_host.hpp"

namespace sk::kiosk {

class SubmitErrorController final : public FlowController {
  public:
    SubmitErrorController(FlowHost& host, const I18n& i18n) : host_(&host), i18n_(&i18n) {}

    void show(SubmitFailure f);

    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;
    void reset() override { failure_ = {}; }

  private:
    FlowHost* host_;
    const I18n* i18n_;
    SubmitFailure failure_;
};

}  // namespace sk::kiosk
