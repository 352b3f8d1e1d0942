// The XLSX writer, read back by a second, independent reader (xlsx2csv, Debian package,
// installed by deploy/setup): sheet names, Chinese headers, typed cells, refusals.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <fstream>
#include <limits>

#include "../common/temp_dir.hpp"
#include "sk/bureau/chromium.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/xlsx_writer.hpp"

using namespace sk;
using namespace sk::bureau;
namespace fs = std::filesystem;

namespace {

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Output of xlsx2csv with its arguments; fails the test if it cannot run.
std::string xlsx2csv(const std::string& args) {
    const std::string cmd = "xlsx2csv " + args + " 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int st = ::pclose(p);
    INFO(cmd << "\n" << out);
    REQUIRE(st == 0);  // 127: xlsx2csv is missing (deploy/setup installs it)
    return out;
}

std::string unix_lines(std::string s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
        out += s[i];
    }
    return out;
}

XlsxWorkbook sample() {
    XlsxWorkbook wb;
    XlsxSheet a;
    a.name = "线索类别";
    a.header = {"类别", "件数", "占比 %", "首次收到"};
    a.rows.push_back({XlsxCell::text("擅离职守"), XlsxCell::integer(42), XlsxCell::real(61.75),
                      XlsxCell::date({2026, 3, 1})});
    a.rows.push_back({XlsxCell::text("上班\"躺平\", 不作为\n第二行"), XlsxCell::integer(-3),
                      XlsxCell::real(0.5), XlsxCell{}});
    // A text that looks like a formula stays text.
    a.rows.push_back({XlsxCell::text("=SUM(A1:A2)"), XlsxCell{}, XlsxCell::real(1e6)});
    XlsxSheet b;
    b.name = "Participation";
    b.header = {"school", "responses"};
    b.rows.push_back({XlsxCell::text("城关一小"), XlsxCell::integer(1234567)});
    wb.sheets = {a, b};
    return wb;
}

}  // namespace

TEST_CASE("xlsx: sheets, Chinese headers and typed cells read back by xlsx2csv") {
    testing::TempDir tmp("sk-xlsx");
    const fs::path out = tmp / "report.xlsx";
    auto r = write_xlsx(out, sample());
    INFO((r ? "" : r.error().message));
    REQUIRE(r.ok());

    CHECK(unix_lines(xlsx2csv("-s 1 " + quote(out.string()))) ==
          "类别,件数,占比 %,首次收到\n"
          "擅离职守,42,61.75,2026-03-01\n"
          "\"上班\"\"躺平\"\", 不作为\n第二行\",-3,0.5,\n"
          "=SUM(A1:A2),,1000000,\n");
    CHECK(unix_lines(xlsx2csv("-s 2 " + quote(out.string()))) ==
          "school,responses\n城关一小,1234567\n");
    // The date is a date serial with a date format, not text: the reader reformats it.
    CHECK(unix_lines(xlsx2csv("-s 1 -f %d/%m/%Y " + quote(out.string()))).find("01/03/2026") !=
          std::string::npos);
    // Nothing left beside the output.
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(tmp.path())) files += e.is_regular_file();
    CHECK(files == 1);
}

TEST_CASE("xlsx: sheet names are made valid by xlsx_sheet_name") {
    CHECK(xlsx_sheet_name("a/b:c[d]*?\\") == "a_b_c_d____");
    CHECK(xlsx_sheet_name("'quoted'") == "_quoted_");
    CHECK(xlsx_sheet_name("") == "_");
    // 31 code points, cut between characters, not bytes.
    std::string zh;
    for (int i = 0; i < 40; ++i) zh += "校";
    CHECK(xlsx_sheet_name(zh).size() == 31 * 3);
}

TEST_CASE("xlsx: a workbook Excel would refuse is refused and the old file stays") {
    testing::TempDir tmp("sk-xlsx");
    const fs::path out = tmp / "report.xlsx";
    { std::ofstream(out) << "previous"; }
    auto expect_refused = [&](XlsxWorkbook wb, const std::string& words) {
        auto r = write_xlsx(out, wb);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK_THAT(r.error().message, Catch::Contains(words));
        std::ifstream in(out);
        std::string content((std::istreambuf_iterator<char>(in)), {});
        CHECK(content == "previous");
    };
    expect_refused(XlsxWorkbook{}, "needs a sheet");
    XlsxWorkbook wb = sample();
    wb.sheets[1].name = "线索类别";
    expect_refused(wb, "appears twice");
    wb = sample();
    wb.sheets[1].name = "a/b";
    expect_refused(wb, "sheet name");
    wb = sample();
    wb.sheets[0].rows[0][2] = XlsxCell::real(std::numeric_limits<double>::quiet_NaN());
    expect_refused(wb, "row 2 column 3: not a finite number");
    wb = sample();
    wb.sheets[0].rows[1][0] = XlsxCell::text(std::string(kXlsxMaxTextBytes + 1, 'a'));
    expect_refused(wb, "32767");
    wb = sample();
    wb.sheets[0].rows[1][0] = XlsxCell::text("\xC3\x28");
    expect_refused(wb, "not valid UTF-8");
    wb = sample();
    wb.sheets[0].rows[0][3] = XlsxCell::date({2026, 2, 30});
    expect_refused(wb, "not a valid date");
    wb = sample();
    wb.sheets[1].rows.resize(static_cast<size_t>(kXlsxMaxRows));
    expect_refused(wb, "at most 1048575");
    // Only invalid input was refused: the same workbook, fixed, replaces the old file.
    CHECK(write_xlsx(out, sample()).ok());
    CHECK(write_xlsx(out, sample(), /*exclusive=*/true).error().code == Errc::already_exists);
}

TEST_CASE("xlsx: an unwritable destination is an io_error") {
    testing::TempDir tmp("sk-xlsx");
    auto r = write_xlsx(tmp / "no-such-dir" / "r.xlsx", sample());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::io_error);
}

TEST_CASE("write_file_from: a failing producer leaves neither the target nor a temp file") {
    testing::TempDir tmp("sk-xlsx");
    const fs::path out = tmp / "r.bin";
    auto r = write_file_from(out, false, 0644, [](const fs::path& t) -> Result<void> {
        std::ofstream(t) << "half";
        return Error{Errc::io_error, "producer failed"};
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "producer failed");
    CHECK(fs::is_empty(tmp.path()));
}

TEST_CASE("pdf without chromium: not_found and nothing written") {
    testing::TempDir tmp("sk-xlsx");
    const std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
    ::setenv("PATH", tmp.path().c_str(), 1);  // an empty directory: no chromium on it
    CHECK_FALSE(find_chromium().has_value());
    { std::ofstream(tmp / "r.html") << "<p>x</p>"; }
    auto r = html_to_pdf(tmp / "r.html", tmp / "r.pdf");
    ::setenv("PATH", saved.c_str(), 1);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::not_found);
    CHECK_FALSE(fs::exists(tmp / "r.pdf"));
    CHECK(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator{}) == 1);
}
