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

std::string html_begin(std::string_view title) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           html_escape(title) +
           "</title>\n<style>\n"
           "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
           "margin:2em;color:#222;max-width:60em}\n"
           "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
           "h3{font-size:1em}\n"
           "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
           "padding:.2em .6em;text-align:left}td.n{text-align:right}\n"
           ".hidden{color:#777;font-style:italic}.meta{color:#555}ul.texts li{margin:.2em 0}\n"
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
