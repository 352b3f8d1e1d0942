#include "sk/bureau/chart_data.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

// Smallest 1/2/5 x 10^k that is >= raw.
double nice_width(double raw) {
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * p >= raw * (1 - 1e-12)) return m * p;
    }
    return 10 * p;
}

}  // namespace

std::vector<HistBin> histogram_bins(const std::vector<double>& sorted, bool integers,
                                    int max_bins) {
    std::vector<HistBin> bins;
    if (sorted.empty() || max_bins < 1) return bins;
    const double lo = sorted.front(), hi = sorted.back();
    if (lo == hi) {
        bins.push_back({lo, integers ? lo + 1 : hi, static_cast<int64_t>(sorted.size())});
        return bins;
    }
    // Whole numbers: the range counts the last value's own unit ([0, 10] is 11 values).
    double width = nice_width((hi - lo + (integers ? 1 : 0)) / max_bins);
    if (integers) width = std::max(1.0, std::ceil(width));
    const double start = std::floor(lo / width) * width;
    auto n = static_cast<size_t>(std::floor((hi - start) / width)) + 1;
    // Floating edges: a value exactly on the last edge belongs to the last bin.
    if (!integers && start + double(n - 1) * width >= hi && n > 1) --n;
    while (n > static_cast<size_t>(max_bins) + 1) --n;  // guards rounding only
    for (size_t i = 0; i < n; ++i) {
        bins.push_back({start + double(i) * width, start + double(i + 1) * width, 0});
    }
    for (double v : sorted) {
        auto i = static_cast<size_t>(std::floor((v - start) / width));
        bins[std::min(i, n - 1)].count++;
    }
    return bins;
}

Quartiles quartiles(const std::vector<double>& sorted) {
    auto at = [&](double p) {
        const double h = p * double(sorted.size() - 1);
        const auto i = static_cast<size_t>(std::floor(h));
        if (i + 1 >= sorted.size()) return sorted.back();
        return sorted[i] + (h - double(i)) * (sorted[i + 1] - sorted[i]);
    };
    return {at(0.25), at(0.5), at(0.75)};
}

std::vector<MonthCount> monthly_counts(const std::vector<std::pair<std::string, int64_t>>& days) {
    std::map<int, int64_t> by_month;  // year * 12 + month - 1
    for (const auto& [day, n] : days) {
        if (!sync::is_iso_date(day)) continue;
        const int y = std::stoi(day.substr(0, 4)), m = std::stoi(day.substr(5, 2));
        by_month[y * 12 + m - 1] += n;
    }
    std::vector<MonthCount> out;
    if (by_month.empty()) return out;
    for (int k = by_month.begin()->first; k <= by_month.rbegin()->first; ++k) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d", k / 12, k % 12 + 1);
        auto it = by_month.find(k);
        out.push_back({buf, it == by_month.end() ? 0 : it->second});
    }
    return out;
}

}  // namespace sk::bureau
