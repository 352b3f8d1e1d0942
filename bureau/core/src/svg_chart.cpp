#include "sk/bureau/svg_chart.hpp"

#include <algorithm>

#include "sk/bureau/html.hpp"

namespace sk::bureau {

namespace {

// First `max_cp` code points of UTF-8 text, with an ellipsis if cut. Cuts only at code
// point boundaries so a Chinese label never ends in half a character.
std::string shorten(const std::string& s, size_t max_cp) {
    size_t cps = 0, i = 0;
    while (i < s.size()) {
        if (cps == max_cp) return s.substr(0, i) + "…";
        const unsigned char c = static_cast<unsigned char>(s[i]);
        i += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        ++cps;
    }
    return s;
}

}  // namespace

std::string bar_chart_svg(const std::vector<Bar>& bars) {
    constexpr int kLabelW = 200, kBarW = 320, kRowH = 22, kPad = 4, kTextW = 110;
    const int width = kLabelW + kBarW + kTextW;
    const int height = static_cast<int>(bars.size()) * kRowH + kPad * 2;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                      std::to_string(width) + "\" height=\"" + std::to_string(height) +
                      "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                      "\" font-size=\"13\" font-family=\"sans-serif\">\n";
    int y = kPad;
    for (const Bar& b : bars) {
        const double pct = std::clamp(b.percent, 0.0, 100.0);
        const int len = static_cast<int>(pct / 100.0 * kBarW + 0.5);
        const std::string ty = std::to_string(y + kRowH / 2 + 4);
        out += "<g><title>" + html_escape(b.label) + ": " + std::to_string(b.count) + " (" +
               fixed(b.percent, 1) + "%)</title>";
        out += "<text x=\"" + std::to_string(kLabelW - 6) + "\" y=\"" + ty +
               "\" text-anchor=\"end\">" + html_escape(shorten(b.label, 14)) + "</text>";
        out += "<rect x=\"" + std::to_string(kLabelW) + "\" y=\"" + std::to_string(y + 3) +
               "\" width=\"" + std::to_string(len) + "\" height=\"" + std::to_string(kRowH - 6) +
               "\" fill=\"#3b6ea5\"/>";
        out += "<text x=\"" + std::to_string(kLabelW + len + 6) + "\" y=\"" + ty + "\">" +
               std::to_string(b.count) + " (" + fixed(b.percent, 1) + "%)</text></g>\n";
        y += kRowH;
    }
    out += "</svg>";
    return out;
}

}  // namespace sk::bureau
