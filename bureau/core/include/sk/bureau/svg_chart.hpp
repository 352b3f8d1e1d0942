// Charts as inline SVG for the HTML reports. Inline, so a report stays a single
// self-contained file; no script, so it prints as it shows. Each chart scales to the page
// width (viewBox) and never breaks across a printed page (the report's CSS).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sk/bureau/chart_data.hpp"

namespace sk::bureau {

struct Bar {
    std::string label;  // UTF-8, may be Chinese; long labels are shortened (full in <title>)
    int64_t count = 0;
    double percent = 0;  // 0..100, bar length
};

// Horizontal bars in the given order (single and multiple choice, tips by category). Bar
// length is the percent of the whole; counts without a whole (tips by unit) scale to the
// longest bar instead (scale_to_max).
std::string bar_chart_svg(const std::vector<Bar>& bars, bool scale_to_max = false);

// One 100 % stacked bar per row (a scale question overall, per school or per month), the
// segments left to right in scale order, coloured from negative (red) through neutral (grey)
// to positive (blue), with a legend of `legend` on top.
struct StackedRow {
    std::string label;
    std::vector<double> percents;  // one per legend entry, summing to about 100
    int64_t n = 0;                 // respondents, printed after the bar
    std::string note;              // instead of a bar (a hidden group)
};
std::string stacked_bars_svg(const std::vector<StackedRow>& rows,
                             const std::vector<std::string>& legend);

// Colour of segment i of n on the diverging scale ("#rrggbb").
std::string diverging_color(size_t i, size_t n);

// Vertical histogram of `bins` with a box (quartiles) and a median line under it, and
// `caption` (e.g. "中位数 6、四分位数 2 – 16") beside the box.
std::string histogram_svg(const std::vector<HistBin>& bins, double q1, double median, double q3,
                          bool integers, const std::string& caption = "");

// "12", "2.5", "0.25": the shortest of up to `max_decimals` that shows the value.
std::string short_number(double v, int max_decimals = 2);

}  // namespace sk::bureau
