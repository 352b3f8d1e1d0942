#include "sk/bureau/svg_chart.hpp"

#include <algorithm>
#include <cmath>

#include "sk/bureau/html.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

namespace {

// The longest start of UTF-8 text that fits `px` pixels at the charts' 13 px font (Latin
// about 7.5 px a character, CJK 13), with an ellipsis if cut. Cuts only at code point
// boundaries so a Chinese label never ends in half a character.
std::string shorten(const std::string& s, double px) {
    double used = 0;
    size_t i = 0;
    while (i < s.size()) {
        const size_t at = i;
        const uint32_t cp = survey::next_code_point(s, i);
        used += cp < 0x80 ? 7.5 : 13;
        if (used > px) return s.substr(0, at) + "…";
    }
    return s;
}

std::string num(double v) {
    return short_number(v, 1);
}

std::string svg_open(int width, int height) {
    const std::string w = std::to_string(width), h = std::to_string(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 " +
           w + " " + h + "\" width=\"" + w + "\" height=\"" + h +
           "\" font-size=\"13\" font-family=\"Noto Sans CJK SC,sans-serif\">\n";
}

std::string text_at(double x, double y, const std::string& s, const char* anchor = "start",
                    const char* fill = "#222") {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor +
           "\" fill=\"" + fill + "\">" + html_escape(s) + "</text>";
}

std::string rect(double x, double y, double w, double h, const std::string& fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" +
           num(h) + "\" fill=\"" + fill + "\"/>";
}

constexpr int kWidth = 700;  // the page's text width at 96 dpi on A4 with 15 mm margins

}  // namespace

std::string short_number(double v, int max_decimals) {
    std::string s = fixed(v, max_decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

std::string bar_chart_svg(const std::vector<Bar>& bars, bool scale_to_max) {
    constexpr int kLabelW = 240, kTextW = 110, kRowH = 24, kPad = 4;
    constexpr int kBarW = kWidth - kLabelW - kTextW;
    const int height = static_cast<int>(bars.size()) * kRowH + kPad * 2;
    std::string out = svg_open(kWidth, height);
    double full = 100;
    if (scale_to_max) {
        full = 0;
        for (const Bar& b : bars) full = std::max(full, b.percent);
        if (full <= 0) full = 100;
    }
    int y = kPad;
    for (const Bar& b : bars) {
        const double len = std::clamp(b.percent / full, 0.0, 1.0) * kBarW;
        const double ty = y + kRowH / 2 + 4;
        out += "<g><title>" + html_escape(b.label) + ": " + std::to_string(b.count) + " (" +
               fixed(b.percent, 1) + "%)</title>";
        out += text_at(kLabelW - 6, ty, shorten(b.label, kLabelW - 20), "end");
        out += rect(kLabelW, y + 3, len, kRowH - 6, "#3b6ea5");
        out += text_at(kLabelW + len + 6, ty,
                       std::to_string(b.count) + " (" + fixed(b.percent, 1) + "%)");
        out += "</g>\n";
        y += kRowH;
    }
    return out + "</svg>";
}

std::string diverging_color(size_t i, size_t n) {
    // Red (most negative) to grey (middle) to blue (most positive), ColorBrewer RdBu-like,
    // interpolated so 5 and 11 steps share one scale.
    static const int kStops[5][3] = {{0xca, 0x00, 0x20},
                                     {0xf4, 0xa5, 0x82},
                                     {0xd9, 0xd9, 0xd9},
                                     {0x92, 0xc5, 0xde},
                                     {0x05, 0x71, 0xb0}};
    const double t = n <= 1 ? 0.5 : double(i) / double(n - 1);
    const double pos = t * 4;
    const auto k = std::min<size_t>(3, static_cast<size_t>(pos));
    const double f = pos - double(k);
    char buf[8];
    int c[3];
    for (int j = 0; j < 3; ++j) {
        c[j] = static_cast<int>(std::lround(kStops[k][j] + f * (kStops[k + 1][j] - kStops[k][j])));
    }
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0], c[1], c[2]);
    return buf;
}

std::string stacked_bars_svg(const std::vector<StackedRow>& rows,
                             const std::vector<std::string>& legend) {
    constexpr int kLabelW = 150, kTextW = 60, kRowH = 26, kLegendH = 26;
    constexpr int kBarW = kWidth - kLabelW - kTextW;
    const size_t n = legend.size();
    // Legend: swatches and labels spread over the bar's width, in scale order.
    const int height = kLegendH + static_cast<int>(rows.size()) * kRowH + 6;
    std::string out = svg_open(kWidth, height);
    const double slot = n ? double(kBarW) / double(n) : 0;
    for (size_t i = 0; i < n; ++i) {
        const double x = kLabelW + slot * double(i);
        out += rect(x, 6, 12, 12, diverging_color(i, n));
        out += text_at(x + 16, 17, shorten(legend[i], slot - 24));
    }
    out += "\n";
    double y = kLegendH;
    for (const StackedRow& r : rows) {
        const double ty = y + kRowH / 2.0 + 4;
        out += "<g>" + text_at(kLabelW - 6, ty, shorten(r.label, kLabelW - 20), "end");
        if (!r.note.empty()) {
            out += text_at(kLabelW, ty, r.note, "start", "#777") + "</g>\n";
            y += kRowH;
            continue;
        }
        double x = kLabelW;
        for (size_t i = 0; i < r.percents.size() && i < n; ++i) {
            const double w = std::clamp(r.percents[i], 0.0, 100.0) / 100.0 * kBarW;
            out += "<g><title>" + html_escape(r.label + " · " + legend[i]) + ": " +
                   fixed(r.percents[i], 1) + "%</title>" +
                   rect(x, y + 3, w, kRowH - 6, diverging_color(i, n));
            // A share is printed inside its segment when it fits.
            if (w >= 30) {
                const bool dark = i == 0 || i + 1 == n;
                out += text_at(x + w / 2, ty, fixed(r.percents[i], 0) + "%", "middle",
                               dark ? "#fff" : "#222");
            }
            out += "</g>";
            x += w;
        }
        out += text_at(kLabelW + kBarW + 6, ty, "n=" + std::to_string(r.n)) + "</g>\n";
        y += kRowH;
    }
    return out + "</svg>";
}

std::string histogram_svg(const std::vector<HistBin>& bins, double q1, double median, double q3,
                          bool integers, const std::string& caption) {
    constexpr int kLeft = 50, kRight = 20, kTop = 10, kPlotH = 160, kAxisH = 22, kBoxH = 26;
    const int height = kTop + kPlotH + kAxisH + kBoxH + 8;
    std::string out = svg_open(kWidth, height);
    if (bins.empty()) return out + "</svg>";
    int64_t top = 1;
    for (const HistBin& b : bins) top = std::max(top, b.count);
    const double lo = bins.front().lo, hi = bins.back().hi;
    const double plot_w = kWidth - kLeft - kRight;
    auto xs = [&](double v) { return kLeft + (v - lo) / (hi - lo) * plot_w; };
    const double base = kTop + kPlotH;
    out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(base) + "\" x2=\"" + num(kLeft + plot_w) +
           "\" y2=\"" + num(base) + "\" stroke=\"#888\"/>";
    out += text_at(kLeft - 6, kTop + 10, std::to_string(top), "end", "#555");
    // Whole-number bins of width 1 are labelled with their value, wider ones with their range.
    const bool unit_bins = integers && bins.front().hi - bins.front().lo == 1;
    const size_t label_every = std::max<size_t>(1, bins.size() / 12);
    for (size_t i = 0; i < bins.size(); ++i) {
        const HistBin& b = bins[i];
        const double h = double(b.count) / double(top) * kPlotH;
        const double x = xs(b.lo), w = xs(b.hi) - x;
        const std::string range = unit_bins  ? short_number(b.lo)
                                  : integers ? short_number(b.lo) + "–" + short_number(b.hi - 1)
                                             : short_number(b.lo) + "–" + short_number(b.hi);
        out += "<g><title>" + html_escape(range) + ": " + std::to_string(b.count) + "</title>" +
               rect(x + 1, base - h, std::max(0.0, w - 2), h, "#3b6ea5") + "</g>";
        if (i % label_every == 0) {
            out += text_at(x + w / 2, base + 15, range, "middle", "#555");
        }
    }
    // Box: quartiles and median, on the same axis (a unit bin's value sits at its centre).
    const double shift = unit_bins ? 0.5 : 0;
    const double by = base + kAxisH + 4;
    out += "\n" +
           rect(xs(q1 + shift), by, std::max(1.0, xs(q3 + shift) - xs(q1 + shift)), 14, "#cfdcec");
    out += "<line x1=\"" + num(xs(median + shift)) + "\" y1=\"" + num(by - 2) + "\" x2=\"" +
           num(xs(median + shift)) + "\" y2=\"" + num(by + 16) +
           "\" stroke=\"#c00\" stroke-width=\"2\"/>";
    if (!caption.empty()) {
        // Beside the box, on whichever side has more room.
        const double left = xs(q1 + shift), right = xs(q3 + shift);
        out += right < kLeft + plot_w * 0.55 ? text_at(right + 8, by + 12, caption)
                                             : text_at(left - 8, by + 12, caption, "end");
    }
    return out + "\n</svg>";
}

}  // namespace sk::bureau
