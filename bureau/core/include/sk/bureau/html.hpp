// Helpers for the self-contained HTML reports: escaping and the page frame (inline CSS, no
// external fonts, scripts or images, so a report opens offline and can be mailed as is).
#pragma once

#include <string>
#include <string_view>

namespace sk::bureau {

// Escapes & < > " ' for text and attribute values.
std::string html_escape(std::string_view s);

// <!DOCTYPE html> ... <body><h1>title</h1>; `title` is escaped here. The CSS prints on A4:
// <h2 class="page"> starts a new page; no chart, table or question is cut.
std::string html_begin(std::string_view title, std::string_view lang = "zh-CN");
std::string html_end();

// Fixed-point number for reports ("3.67"), without locale surprises.
std::string fixed(double v, int decimals);

}  // namespace sk::bureau
