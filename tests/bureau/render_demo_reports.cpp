// The render check (ctest report_render_demo): writes the demo reports as HTML and XLSX,
// renders each page in headless Chromium to a PNG and the staff survey report to a PDF, and
// fails if an image is blank or has no chart in it. The files stay in the output directory
// (build/report-screenshots) as CI artefacts. Exit 77 (ctest: skipped) only when Chromium is
// not installed; CI installs it (deploy/setup).
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include "demo_reports.hpp"
#include "sk/bureau/chromium.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/report_survey.hpp"

namespace fs = std::filesystem;
using namespace sk;
using namespace sk::bureau;

namespace {

constexpr int kSkip = 77;

bool fail(const std::string& msg) {
    std::fprintf(stderr, "render_demo_reports: %s\n", msg.c_str());
    return false;
}

bool write(const fs::path& p, const std::string& s) {
    auto r = write_file(p, ByteView(s), false);
    return r ? true : fail(r.error().message);
}

// Not blank: enough ink on the page, and the chart colours (the bar blue, or the scale's
// red and blue ends) really drawn, not only text.
bool check_png(const fs::path& p) {
    int w = 0, h = 0, ch = 0;
    unsigned char* px = stbi_load(p.c_str(), &w, &h, &ch, 3);
    if (px == nullptr) return fail(p.string() + " is not a readable PNG");
    size_t ink = 0, chart = 0;
    for (size_t i = 0; i < size_t(w) * size_t(h); ++i) {
        const int r = px[3 * i], g = px[3 * i + 1], b = px[3 * i + 2];
        if (r < 235 || g < 235 || b < 235) ++ink;
        auto near = [&](int R, int G, int B) {
            return std::abs(r - R) < 12 && std::abs(g - G) < 12 && std::abs(b - B) < 12;
        };
        if (near(0x3b, 0x6e, 0xa5) || near(0xca, 0x00, 0x20) || near(0x05, 0x71, 0xb0)) ++chart;
    }
    stbi_image_free(px);
    const double ink_share = double(ink) / double(size_t(w) * size_t(h));
    std::printf("  %s: %dx%d, %.1f%% ink, %zu chart pixels\n", p.filename().c_str(), w, h,
                100 * ink_share, chart);
    if (ink_share < 0.02) return fail(p.string() + " is blank");
    if (chart < 2000) return fail(p.string() + " has no chart drawn");
    return true;
}

std::string size_of(const fs::path& p) {
    std::error_code ec;
    return std::to_string(fs::file_size(p, ec) / 1024) + " KB";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: render_demo_reports OUT_DIR\n");
        return 2;
    }
    const fs::path out = argv[1];
    std::error_code ec;
    fs::create_directories(out, ec);
    std::vector<fs::path> pages;

    for (const char* id : {"staff-workstyle", "parent-satisfaction"}) {
        auto bytes =
            read_file(fs::path(SK_SOURCE_DIR) / "assets/surveys" / (std::string(id) + ".json"));
        if (!bytes) return fail(bytes.error().message), 1;
        auto def = survey::parse_survey(bytes.value());
        if (!def) return fail(def.error().message), 1;
        for (const char* lang : {"zh-CN", "en"}) {
            const SurveyStats s = demo::demo_survey_stats(def.value(), lang, 7);
            const SurveyReportOptions o{false, false, "2026-05-31"};
            const fs::path base = out / ("survey-" + std::string(id) + "-" + lang);
            if (!write(base.string() + ".html", survey_report_html(s, o))) return 1;
            auto x = write_xlsx(base.string() + ".xlsx",
                                report_tables_workbook(survey_report_tables(s, o)));
            if (!x) return fail(x.error().message), 1;
            pages.push_back(base.string() + ".html");
        }
    }
    for (const char* lang : {"zh-CN", "en"}) {
        const MonthlyReport r = demo::demo_monthly_report(lang);
        const MonthlyReportOptions o{true, "2026-05-02"};
        const fs::path base = out / (std::string("monthly-2026-04-") + lang);
        if (!write(base.string() + ".html", monthly_report_html(r, o))) return 1;
        auto x = write_xlsx(base.string() + ".xlsx",
                            report_tables_workbook(monthly_report_tables(r, o)));
        if (!x) return fail(x.error().message), 1;
        pages.push_back(base.string() + ".html");
    }

    if (!find_chromium()) {
        std::printf("chromium is not installed: render check skipped (deploy/setup installs it)\n");
        return kSkip;
    }
    bool ok = true;
    for (const fs::path& page : pages) {
        fs::path png = page;
        png.replace_extension(".png");
        auto r = html_screenshot(page, png, 900, 2600);
        if (!r) {
            ok = fail(r.error().message);
            continue;
        }
        ok = check_png(png) && ok;
    }
    const fs::path pdf = out / "survey-staff-workstyle-zh-CN.pdf";
    auto r = html_to_pdf(out / "survey-staff-workstyle-zh-CN.html", pdf);
    if (!r) {
        ok = fail(r.error().message);
    } else {
        auto head = read_file(pdf);
        if (!head || head->size() < 5 * 1024 ||
            std::string(head->begin(), head->begin() + 5) != "%PDF-") {
            ok = fail(pdf.string() + " is not a PDF");
        }
    }
    std::printf("artefacts in %s:\n", fs::absolute(out).c_str());
    for (const auto& e : fs::directory_iterator(out)) {
        std::printf("  %-48s %s\n", e.path().filename().c_str(), size_of(e.path()).c_str());
    }
    return ok ? 0 : 1;
}
