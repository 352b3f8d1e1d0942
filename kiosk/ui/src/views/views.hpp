// One function per screen (one file each). Internal to sk_kiosk_ui.
#pragma once

#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

void draw_attract(ViewContext& ctx);
void draw_home(ViewContext& ctx);
void draw_survey_intro(ViewContext& ctx);
void draw_survey_question(ViewContext& ctx);
void draw_survey_review(ViewContext& ctx);
void draw_survey_thanks(ViewContext& ctx);
void draw_tip_intro(ViewContext& ctx);
void draw_tip_category(ViewContext& ctx);
void draw_tip_fields(ViewContext& ctx);  // subject, details, evidence, contact
void draw_tip_contact_confirm(ViewContext& ctx);
void draw_tip_review(ViewContext& ctx);
void draw_receipt_shown(ViewContext& ctx);
void draw_receipt_lookup(ViewContext& ctx);
void draw_receipt_result(ViewContext& ctx);
void draw_submit_error(ViewContext& ctx);
void draw_admin_pin(ViewContext& ctx);
void draw_admin_home(ViewContext& ctx);
void draw_admin_change_pin(ViewContext& ctx);

void draw_still_there(ViewContext& ctx);  // overlays
void draw_confirm_exit(ViewContext& ctx);
// The dimmed layer and centred panel overlays are drawn in (modal_panel.cpp).
void begin_modal_panel(ViewContext& ctx, const char* id);
void end_modal_panel();

// Question widgets by type (question_widgets.cpp, date_picker.cpp).
void draw_question_input(ViewContext& ctx, const QuestionView& q);
void draw_date_picker(ViewContext& ctx, const QuestionView& q);
// Review list shared by survey and tip review pages. `tip`: edit targets are tip screens.
void draw_review_items(ViewContext& ctx, const std::vector<ReviewItem>& items, bool tip);
// Dots for a PIN being typed (never the digits).
void draw_pin_dots(ViewContext& ctx, int digits, int max_digits);

}  // namespace sk::kiosk::ui
