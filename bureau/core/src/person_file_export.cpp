#include "sk/bureau/person_file_export.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/register_import.hpp"
#include "sk/bureau/store/audit.hpp"

namespace sk::bureau {

namespace {

const char* t(Lang l, const char* zh, const char* en) {
    return l == Lang::zh ? zh : en;
}

XlsxCell day_cell(uint32_t day) {
    if (!day) return XlsxCell{};
    return XlsxCell::date(survey::Date{int(day / 10000), int(day / 100 % 100), int(day % 100)});
}

}  // namespace

XlsxWorkbook person_file_workbook(const PersonFile& f) {
    const Lang l = f.lang;
    XlsxSheet basic;
    basic.name = t(l, "基本信息", "Person");
    basic.header = {t(l, "项目", "Field"), t(l, "内容", "Value")};
    auto row = [&](const char* zh, const char* en, XlsxCell v) {
        basic.rows.push_back({XlsxCell::text(t(l, zh, en)), std::move(v)});
    };
    row("工号", "Staff no.", XlsxCell::text(f.person.staff_no));
    row("姓名", "Name", XlsxCell::text(f.person.name));
    row("单位", "Unit", XlsxCell::text(f.unit.name + "（" + f.unit.code + "）"));
    row("岗位", "Post", XlsxCell::text(f.person.post));
    row("用工类型", "Employment", XlsxCell::text(f.person.employment));
    row("在工资册", "On payroll",
        XlsxCell::text(f.person.on_payroll ? t(l, "是", "yes") : t(l, "否", "no")));
    row("截至", "As of", day_cell(f.as_of));

    XlsxSheet records;
    records.name = t(l, "档案记录", "Records");
    records.header = {t(l, "日期", "Date"),   t(l, "来源", "Source"),
                      t(l, "事项", "Matter"), t(l, "详情", "Details"),
                      t(l, "记录人", "By"),   t(l, "记录时间", "Recorded at")};
    for (const auto& r : f.records) {
        std::string details;
        for (const auto& [k, v] : r.details) {
            if (!details.empty()) details += "\n";
            details += k + "：" + v;
        }
        records.rows.push_back({day_cell(r.day), XlsxCell::text(r.source), XlsxCell::text(r.title),
                                XlsxCell::text(details), XlsxCell::text(r.recorded_by),
                                XlsxCell::text(r.recorded_at)});
    }
    XlsxWorkbook wb;
    wb.sheets.push_back(std::move(basic));
    wb.sheets.push_back(std::move(records));
    return wb;
}

std::filesystem::path person_file_export_path(const PersonFile& f, PersonFileFormat fmt,
                                              const std::filesystem::path& dir) {
    return dir / ("person-" + f.person.staff_no + "-" + day_text(f.as_of) +
                  (fmt == PersonFileFormat::html ? ".html" : ".xlsx"));
}

Result<std::filesystem::path> export_person_file(storage::BureauStore& s, const Actor& a,
                                                 const PersonFile& f, PersonFileFormat fmt,
                                                 const std::filesystem::path& dir,
                                                 std::string_view now) {
    SK_TRY(authorize(a, Permission::read_files));
    const auto path = person_file_export_path(f, fmt, dir);
    const char* kind = fmt == PersonFileFormat::html ? "html" : "xlsx";
    store::AuditEvent ev{std::string(now),
                         a.user,
                         "person.export",
                         "staff",
                         f.person.staff_no,
                         "",
                         std::string(kind) + " " + path.filename().string() + ", " +
                             std::to_string(f.records.size()) + " records"};
    bool written = false;
    auto r = store::audited(s, ev, [&]() -> Result<void> {
        if (fmt == PersonFileFormat::html) {
            const std::string html = person_file_html(f);
            SK_TRY(write_file(path, ByteView(html), false, 0600));
        } else {
            SK_TRY(write_xlsx(path, person_file_workbook(f)));
            std::error_code ec;
            std::filesystem::permissions(path, std::filesystem::perms(0600),
                                         std::filesystem::perm_options::replace, ec);
        }
        written = true;
        return sk::ok();
    });
    if (!r) {
        // No audit row, no file: an export nobody can trace must not stay on disk.
        std::error_code ec;
        if (written) std::filesystem::remove(path, ec);
        return r.error();
    }
    return path;
}

}  // namespace sk::bureau
