#include "sk/desk/report_export.hpp"

#include "sk/bureau/file_io.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/unit_scores.hpp"

namespace sk::desk {

namespace fs = std::filesystem;

namespace {

Result<void> require_dir(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return Error{Errc::not_found, "导出文件夹不存在 (no folder " + dir.string() + ")"};
    }
    return ok();
}

Result<fs::path> write_text(const fs::path& p, const std::string& body) {
    SK_TRY(bureau::write_file(p, ByteView(body), false));
    return p;
}

Result<fs::path> write_book(const fs::path& p, const bureau::XlsxWorkbook& wb) {
    SK_TRY(bureau::write_xlsx(p, wb));
    return p;
}

}  // namespace

const char* report_format_ext(ReportFormat f) {
    switch (f) {
        case ReportFormat::html:
            return "html";
        case ReportFormat::csv:
            return "csv";
        case ReportFormat::xlsx:
            return "xlsx";
    }
    return "html";
}

Result<fs::path> export_survey_report(const bureau::SurveyStats& stats, const fs::path& dir,
                                      ReportFormat f, const std::string& generated) {
    SK_TRY(require_dir(dir));
    bureau::SurveyReportOptions o;
    o.generated = generated;
    const fs::path p = dir / (stats.survey_id + "-report." + report_format_ext(f));
    switch (f) {
        case ReportFormat::html:
            return write_text(p, bureau::survey_report_html(stats, o));
        case ReportFormat::csv:
            return write_text(p, bureau::survey_report_csv(stats, o));
        case ReportFormat::xlsx:
            return write_book(
                p, bureau::report_tables_workbook(bureau::survey_report_tables(stats, o)));
    }
    return p;
}

Result<fs::path> export_monthly_report(const bureau::FullMonthlyReport& r, const fs::path& dir,
                                       ReportFormat f, const std::string& generated) {
    SK_TRY(require_dir(dir));
    bureau::MonthlyReportOptions o;
    o.generated = generated;
    const fs::path p = dir / ("monthly-report-" + r.report.month + "." + report_format_ext(f));
    switch (f) {
        case ReportFormat::html:
            return write_text(p, bureau::monthly_report_html(r.report, o));
        case ReportFormat::csv:
            return write_text(p, bureau::cleanup_csv(r.cleanup, true));
        case ReportFormat::xlsx:
            return write_book(
                p, bureau::report_tables_workbook(bureau::monthly_report_tables(r.report, o)));
    }
    return p;
}

Result<fs::path> export_unit_scores(const bureau::OutTable& t, const std::string& quarter,
                                    const fs::path& dir, ReportFormat f) {
    SK_TRY(require_dir(dir));
    const fs::path p = dir / ("unit-scores-" + quarter + "." + report_format_ext(f));
    switch (f) {
        case ReportFormat::html:
            return write_text(p, bureau::unit_score_html(t));
        case ReportFormat::csv:
            return write_text(p, bureau::out_table_csv(t, true));
        case ReportFormat::xlsx:
            SK_TRY(bureau::out_table_xlsx(t, p));
            return p;
    }
    return p;
}

}  // namespace sk::desk
