#include "report_output.hpp"

#include <unistd.h>

#include <filesystem>

#include "cli_util.hpp"
#include "sk/bureau/chromium.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

std::string today_iso() {
    return day_to_iso(today_day());
}

void write_report(const std::string& out, const std::string& format, const ReportRenderers& r) {
    if (format != "xlsx" && format != "pdf") return write_output(out, r.text());
    if (out.empty() || out == "-") throw CliError("--format " + format + " needs --out FILE");
    if (format == "xlsx") return fail_on(write_xlsx(out, r.xlsx()));
    // The page Chromium prints is a temp file beside the PDF, removed afterwards.
    if (!find_chromium()) {
        throw CliError(
            "--format pdf needs chromium (apt-get install --no-install-recommends chromium); "
            "or write --format html and print it from a browser");
    }
    const std::filesystem::path page = out + ".tmp" + std::to_string(::getpid()) + ".html";
    fail_on(write_file(page, ByteView(r.html()), false, 0600));
    auto printed = html_to_pdf(page, out);
    std::error_code ec;
    std::filesystem::remove(page, ec);
    fail_on(std::move(printed));
}

}  // namespace sk::bureau::cli
