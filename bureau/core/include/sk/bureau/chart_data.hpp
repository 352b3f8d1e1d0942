// The numbers behind the report charts, as plain functions (unit-tested without drawing):
// histogram bins, quartiles and monthly counts.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sk::bureau {

struct HistBin {
    double lo = 0, hi = 0;  // [lo, hi); the last bin also holds hi
    int64_t count = 0;
};

// Bins of a "nice" width (1, 2 or 5 times a power of ten; at least 1 for whole numbers)
// giving at most `max_bins` bins, edges on multiples of the width, every value in exactly one
// bin. `sorted` ascending; empty gives no bins; one distinct value gives one bin.
std::vector<HistBin> histogram_bins(const std::vector<double>& sorted, bool integers,
                                    int max_bins = 12);

struct Quartiles {
    double q1 = 0, median = 0, q3 = 0;
};
// Linear interpolation between order statistics (Excel's QUARTILE.INC, R type 7), so the
// XLSX reader can check them with one formula. `sorted` ascending and non-empty.
Quartiles quartiles(const std::vector<double>& sorted);

struct MonthCount {
    std::string month;  // "YYYY-MM"
    int64_t count = 0;
};
// ("YYYY-MM-DD", count) pairs -> one row per month from the first to the last, empty months
// included (a gap is information). Entries that are not dates are skipped.
std::vector<MonthCount> monthly_counts(const std::vector<std::pair<std::string, int64_t>>& days);

}  // namespace sk::bureau
