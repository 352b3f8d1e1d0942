#include "sk/bureau/html.hpp"

#include <cstdio>

namespace sk::bureau {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string html_begin(std::string_view title, std::string_view lang) {
    return "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           html_escape(title) +
           "</title>\n<style>\n"
           "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
           "margin:2em auto;padding:0 1em;color:#222;max-width:760px;line-height:1.45}\n"
           "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;"
           "border-bottom:2px solid #3b6ea5;padding-bottom:.15em}h3{font-size:1.05em;"
           "margin:1.2em 0 .3em}h4{font-size:.95em;margin:.8em 0 .2em;color:#444}\n"
           "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
           "padding:.2em "
           ".6em;text-align:left}th{background:#eef2f7}td:first-child{white-space:nowrap}td.n{text-"
           "align:right;"
           "font-variant-numeric:tabular-nums}\n"
           ".hidden{color:#777;font-style:italic}.meta{color:#555;margin:.2em 0}"
           "ul.texts li{margin:.2em 0}\n"
           ".summary{border:1px solid #cdd7e3;background:#f6f8fb;padding:.6em 1em;margin:1em 0}"
           ".summary td,.summary th{border:none;padding:.1em .8em .1em 0}\n"
           "svg.chart{max-width:100%;height:auto;display:block;margin:.3em 0}\n"
           "section.q{margin-bottom:1.2em}\n"
           "@page{size:A4;margin:15mm}\n"
           "@media print{body{margin:0;padding:0;max-width:none;font-size:10.5pt}"
           "h2.page{break-before:page}"
           "section.q,svg.chart,table,.summary{break-inside:avoid}"
           "h3,h4{break-after:avoid}a{color:inherit;text-decoration:none}}\n"
           "</style>\n</head>\n<body>\n<h1>" +
           html_escape(title) + "</h1>\n";
}

std::string html_end() {
    return "</body>\n</html>\n";
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace sk::bureau
