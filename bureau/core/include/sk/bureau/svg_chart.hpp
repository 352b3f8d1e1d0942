// Horizontal bar charts as inline SVG: one per question in the HTML survey report. Inline,
// so the report stays a single self-contained file; no script, so it prints as it shows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sk::bureau {

struct Bar {
    std::string label;  // UTF-8, may be Chinese; long labels are shortened (full in <title>)
    int64_t count = 0;
    double percent = 0;  // 0..100, bar length
};

std::string bar_chart_svg(const std::vector<Bar>& bars);

}  // namespace sk::bureau
