// Calendar dates ("YYYY-MM-DD"). Dates never carry a time of day: the kiosk keeps only
// calendar days so that nothing it stores can be matched against who stood in front of it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::survey {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    bool valid() const;  // a real Gregorian date in years 1900..9999
};

bool operator==(const Date& a, const Date& b);
bool operator!=(const Date& a, const Date& b);
bool operator<(const Date& a, const Date& b);
bool operator<=(const Date& a, const Date& b);

// Strict: exactly "YYYY-MM-DD", digits only, a real date.
std::optional<Date> parse_date(std::string_view s);
// Writes the 10 characters of `d` into out (no terminator); `d` must be valid.
void format_date(const Date& d, char out[10]);
std::string format_date(const Date& d);

}  // namespace sk::survey
