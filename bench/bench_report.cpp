// Reports: survey_stats + survey_report_html (the code behind `bureau report survey ID`)
// over N stored responses, against two raw baselines measured on the same rows: the store's
// bare visit of every response (read + decrypt pages, no parsing) and decoding every
// response with the survey parser (what any report must at least do).
#include <cstdio>
#include <filesystem>

#include "bench_data.hpp"
#include "bench_sections.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/bureau/xlsx_writer.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/survey/response.hpp"

namespace sk::bench {

namespace {

namespace fs = std::filesystem;
constexpr const char* kNow = "2026-03-14T10:00:00Z";
constexpr size_t kSchools = 20;
constexpr size_t kRecordsPerTransaction = 5000;  // one stored batch per transaction
constexpr size_t kDistinctPlaintexts = 211;      // a prime, so answers vary across schools

bool report_error(const char* what, const Error& e) {
    std::fprintf(stderr, "bench report: %s: %s\n", what, e.message.c_str());
    return false;
}

// Fills the store directly (no sealing): n responses from kSchools kiosks in big
// transactions, through the store's own batch insert.
Result<void> store_responses(storage::BureauStore& store, size_t n) {
    std::vector<crypto::SecureBuffer> plaintexts;
    for (size_t i = 0; i < kDistinctPlaintexts; ++i) {
        auto pt = response_plaintext(i);
        if (!pt) return pt.error();
        plaintexts.push_back(std::move(pt).value());
    }
    std::vector<int64_t> kiosks;
    for (size_t k = 0; k < kSchools; ++k) {
        auto row = store.add_kiosk(crypto::generate_sign_keypair().pk,
                                   "学校 " + std::to_string(k + 1), kNow);
        if (!row) return row.error();
        kiosks.push_back(row->id);
    }
    std::vector<uint64_t> seq(kSchools, 0);
    for (size_t first = 0, b = 0; first < n; first += kRecordsPerTransaction, ++b) {
        storage::BatchToStore batch;
        const size_t k = b % kSchools;
        batch.kiosk_id = kiosks[k];
        batch.seq = ++seq[k];
        batch.hash = crypto::hash(ByteView(std::to_string(b)));
        batch.day = 20260301 + uint32_t(b % 28);
        batch.now = kNow;
        const size_t count = std::min(kRecordsPerTransaction, n - first);
        batch.records.reserve(count);
        for (size_t i = first; i < first + count; ++i) {
            storage::DecryptedRecord r;
            r.id = crypto::new_record_id();
            r.kind = crypto::RecordKind::survey_response;
            r.plaintext = plaintexts[i % kDistinctPlaintexts].view();
            r.survey_id = kBenchSurveyId;
            r.survey_version = 1;
            batch.records.push_back(std::move(r));
        }
        auto stored = store.store_batch(batch);
        if (!stored) return stored.error();
    }
    return {};
}

}  // namespace

bool bench_report(const Options& opt) {
    const size_t n = opt.quick ? 20000 : 1000000;
    const fs::path dir = fs::path(opt.work_dir) / "report";
    auto session = open_bench_bureau(dir / "home");
    if (!session) return report_error("bureau home", session.error());
    auto t0 = std::chrono::steady_clock::now();
    if (auto r = store_responses(session->store, n); !r)
        return report_error("storing responses", r.error());
    const double fill_s = seconds_since(t0);
    auto reg = bureau::SurveyRegistry::load(session->store);
    if (!reg) return report_error("registry", reg.error());

    // Baseline 1: visit every row, touching the plaintext so nothing is optimised away.
    size_t visited = 0, bytes = 0;
    Stopwatch visit_watch;
    auto visit = session->store.for_each_response(kBenchSurveyId, std::nullopt, std::nullopt,
                                                  [&](const storage::StoredResponse& r) {
                                                      ++visited;
                                                      bytes += r.plaintext.size;
                                                  });
    const Span visit_span = visit_watch.elapsed();
    if (!visit) return report_error("visit", visit.error());
    // Baseline 2: visit and decode every response against its survey definition.
    size_t decoded = 0;
    Stopwatch decode_watch;
    auto decode = session->store.for_each_response(
        kBenchSurveyId, std::nullopt, std::nullopt, [&](const storage::StoredResponse& r) {
            if (survey::parse_response(r.plaintext, bench_survey())) ++decoded;
        });
    const Span decode_span = decode_watch.elapsed();
    if (!decode) return report_error("decode", decode.error());

    Stopwatch report_watch;
    auto stats =
        bureau::survey_stats(session->store, *reg, kBenchSurveyId, bureau::kDefaultMinGroup);
    if (!stats) return report_error("survey_stats", stats.error());
    const std::string html = bureau::survey_report_html(*stats);
    const Span report_span = report_watch.elapsed();
    if (visited != n || decoded != n || stats->overall.respondents != int64_t(n)) {
        std::fprintf(stderr, "bench report: %zu visited, %zu decoded, %lld counted of %zu\n",
                     visited, decoded, static_cast<long long>(stats->overall.respondents), n);
        return false;
    }

    // The same statistics as an XLSX workbook (what --format xlsx writes).
    t0 = std::chrono::steady_clock::now();
    const fs::path xlsx = dir / "report.xlsx";
    auto written = bureau::write_xlsx(
        xlsx, bureau::report_tables_workbook(bureau::survey_report_tables(*stats)));
    const double xlsx_s = seconds_since(t0);
    if (!written) return report_error("xlsx", written.error());
    std::error_code ec;
    const auto xlsx_size = fs::file_size(xlsx, ec);

    const std::string label = "report survey, " + std::to_string(n) + " responses";
    print_row(label, report_span.wall_s * 1e3, visit_span.wall_s * 1e3, "ms",
              "store visit of the same rows", &report_span, &visit_span);
    print_row(label, report_span.wall_s * 1e3, decode_span.wall_s * 1e3, "ms",
              "visit + parse every response (target ratio <= 1.5)", &report_span, &decode_span);
    std::printf(
        "  (filled %zu responses, %.1f MB of plaintext, in %.1f s; HTML %zu KB; XLSX %zu KB "
        "written in %.0f ms)\n",
        n, double(bytes) / 1e6, fill_s, html.size() / 1024, size_t(xlsx_size / 1024), xlsx_s * 1e3);
    fs::remove_all(dir);
    return true;
}

}  // namespace sk::bench
