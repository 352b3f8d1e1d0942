// Headless Chromium (Debian's chromium package, optional) for what a browser does best:
// printing a report to PDF with its A4 print CSS, and screenshots for the render check.
// The page is a local file with no scripts or external resources; Chromium runs with a
// throw-away profile so it writes nothing into the user's home.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "sk/result.hpp"

namespace sk::bureau {

// "chromium" or "chromium-browser" from PATH; nullopt when neither is installed.
std::optional<std::filesystem::path> find_chromium();

// Prints `html_file` to `pdf` (A4 from the page's @page rule, no header or footer), written
// atomically. Errc::not_found without Chromium; Errc::io_error if it fails.
Result<void> html_to_pdf(const std::filesystem::path& html_file, const std::filesystem::path& pdf);

// A PNG of the page at width x height CSS pixels.
Result<void> html_screenshot(const std::filesystem::path& html_file,
                             const std::filesystem::path& png, int width, int height);

}  // namespace sk::bureau
