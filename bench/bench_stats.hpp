// Small helpers shared by the benchmark sections: percentiles and a table printer.
#pragma once

#include <string>
#include <vector>

namespace sk::bench {

struct Options {
    bool quick = false;
    std::string work_dir;
};

double percentile(std::vector<double> v, double p);
// One table row: what, our figure, baseline figure, ratio (ours / baseline), unit.
void print_header();
void print_row(const std::string& what, double ours, double baseline, const std::string& unit,
               const std::string& baseline_name);

}  // namespace sk::bench
