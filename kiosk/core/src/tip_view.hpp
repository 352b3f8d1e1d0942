// The tip form's part of the view model: page number, categories, frequency chips, the
// fields of the current page with their errors, and the review list.
#pragma once

#include "sk/kiosk/i18n.hpp"
#include "sk/kiosk/view.hpp"
#include "tip_form.hpp"

namespace sk::kiosk {

void fill_tip_view(const TipForm& t, const survey::TipCategories& cats, const I18n& i18n,
                   Screen current, TipView& out);

}  // namespace sk::kiosk
