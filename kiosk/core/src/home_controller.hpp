// Attract and home: "touch to start", the survey cards, the tip and lookup buttons, the
// hidden admin corner. Starting a flow is handing the intent to that flow (FlowHost::enter).
#pragma once

#include "content.hpp"
#include "flow_controller.hpp"
#include "flow_host.hpp"
#include "sk/kiosk/i18n.hpp"

namespace sk::kiosk {

class HomeController final : public FlowController {
  public:
    HomeController(FlowHost& host, const Content& content, const I18n& i18n)
        : host_(&host), content_(&content), i18n_(&i18n) {}

    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;

  private:
    FlowHost* host_;
    const Content* content_;
    const I18n* i18n_;
};

}  // namespace sk::kiosk
