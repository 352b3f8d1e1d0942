// The date picker's calendar (year / month / day steppers) in the core, so the view only
// draws QuestionView::picker and emits DateStep / DateUse. The picker never leaves the
// question's range ("today" resolved to the kiosk's local day): no tomorrow when it ends
// today.
#pragma once

#include <optional>
#include <string_view>

#include "sk/survey/date.hpp"
#include "sk/survey/survey.hpp"

namespace sk::kiosk {

struct DateRange {
    std::optional<survey::Date> min, max;
};

DateRange date_range(const survey::Question& q, const survey::Date& today);
survey::Date clamp_date(survey::Date d, const DateRange& r);
int days_in_month(int year, int month);

// What the picker shows: the field's date when it holds one (`chosen`), else today inside
// the range as a starting point.
survey::Date picker_date(std::string_view field_text, const DateRange& r, const survey::Date& today,
                         bool& chosen);

// One step of the year (part 0), month (1) or day (2) stepper. The month wraps within the
// year, the day within the month (up past the last day -> 1; a month step keeps the day
// but never past the month's end); the result is clamped into the range.
survey::Date step_date(const survey::Date& from, int part, int delta, const DateRange& r);

}  // namespace sk::kiosk
