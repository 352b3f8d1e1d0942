// Receipt lookup: a code typed on the keyboard's code layout, checked against the latest
// signed status board in the store (re-verified on every lookup: a board is only as good
// as its signature), then the status and the bureau's reply.
#pragma once

#include <string>

#include "content.hpp"
#include "flow_controller.hpp"
#include "flow_host.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "text_pool.hpp"

namespace sk::kiosk {

class ReceiptLookupController final : public FlowController {
  public:
    struct Services {
        FlowHost& host;
        const Content& content;
        TextPool& pool;
        const I18n& i18n;
        storage::KioskStore& store;
    };
    explicit ReceiptLookupController(Services s) : s_(s) {}

    void enter(const Intent& in) override;
    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;
    std::optional<KeyboardTarget> keyboard_target(Screen on, FieldId f) const override;
    void text_edited(FieldId f) override;
    void reset() override;

  private:
    void check();

    Services s_;
    Message error_;
    bool board_ = false;
    bool found_ = false;
    std::string status_key_;
    std::string reply_zh_, reply_en_;
    std::string updated_;
};

}  // namespace sk::kiosk
