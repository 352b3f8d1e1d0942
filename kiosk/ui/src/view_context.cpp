#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

std::string ViewContext::tr_both(std::string_view key) const {
    const Lang cur = view_.lang;
    const Lang other = cur == Lang::zh_CN ? Lang::en : Lang::zh_CN;
    const std::string a = app_.i18n().tr_in(cur, key);
    const std::string b = app_.i18n().tr_in(other, key);
    return a == b ? a : a + " / " + b;
}

}  // namespace sk::kiosk::ui
