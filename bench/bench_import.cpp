// Bureau import: Importer::import_paths (the code behind `bureau import`: verify, chain
// check, open, parse, de-duplicate, one audited transaction per batch) over N records, against the
// physical limit (issue 17): the bare libsodium loop of crypto/baseline.hpp verifying the
// same batch signatures and opening the same sealed records on all cores, and on one core.
#include <cstdio>
#include <filesystem>
#include <thread>

#include "bench_data.hpp"
#include "bench_sections.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/bureau/parallel.hpp"
#include "sk/crypto/baseline.hpp"
#include "sk/sync/batch.hpp"
#include "sk/sync/batch_plan.hpp"

namespace sk::bench {

namespace {

namespace fs = std::filesystem;
constexpr const char* kNow = "2026-03-14T10:00:00Z";

bool report_error(const char* what, const Error& e) {
    std::fprintf(stderr, "bench import: %s: %s\n", what, e.message.c_str());
    return false;
}

// Signed, chained batch files of one kiosk holding `records`, split at the sync/ limits.
Result<std::vector<Bytes>> make_batches(const std::vector<SealedRecord>& records,
                                        const crypto::SignKeyPair& kiosk) {
    std::vector<size_t> sizes;
    for (const auto& r : records) sizes.push_back(r.envelope.size());
    auto plan = sync::plan_batches(sizes);
    if (!plan) return plan.error();
    std::vector<Bytes> files;
    crypto::Hash prev{};
    for (const auto& slice : *plan) {
        sync::BatchHeader h;
        h.seq = files.size() + 1;
        h.prev_hash = prev;
        h.day = 20260314;
        std::vector<ByteView> envs;
        for (size_t i = slice.first; i < slice.first + slice.count; ++i)
            envs.emplace_back(records[i].envelope);
        auto file = sync::build_batch(h, std::move(envs), kiosk);
        if (!file) return file.error();
        prev = sync::batch_hash(*file);
        files.push_back(std::move(file).value());
    }
    return files;
}

// The bare libsodium loop (crypto/baseline.hpp) on `threads` threads, each on a contiguous
// slice of the batch files and of the records: no project code and no allocation per record
// inside the timing. The slices are cut before the clock starts.
Result<Span> bare_loop(const std::vector<Bytes>& files, const std::vector<ByteView>& envelopes,
                       const crypto::SignPublicKey& kiosk_pk, const crypto::SealKeyPair& seal,
                       unsigned threads) {
    std::vector<std::vector<ByteView>> file_slices(threads), env_slices(threads);
    for (size_t i = 0; i < files.size(); ++i)
        file_slices[i * threads / files.size()].emplace_back(files[i]);
    for (size_t i = 0; i < envelopes.size(); ++i)
        env_slices[i * threads / envelopes.size()].push_back(envelopes[i]);
    std::vector<size_t> ok(threads, 0);
    Stopwatch watch;
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            ok[t] =
                crypto::baseline::bare_import_slice(file_slices[t], env_slices[t], kiosk_pk, seal);
        });
    for (auto& w : workers) w.join();
    const Span span = watch.elapsed();
    size_t total = 0;
    for (size_t n : ok) total += n;
    if (total != files.size() + envelopes.size())
        return Error{Errc::internal, "the bare loop did not verify and open everything"};
    return span;
}

}  // namespace

bool bench_import(const Options& opt) {
    const size_t n = opt.quick ? 5000 : 100000;
    const fs::path dir = fs::path(opt.work_dir) / "import";
    auto session = open_bench_bureau(dir / "home");
    if (!session) return report_error("bureau home", session.error());
    const crypto::SignKeyPair kiosk = crypto::generate_sign_keypair();
    if (auto k = session->store.add_kiosk(kiosk.pk, "城关第一小学", kNow); !k)
        return report_error("registering the kiosk", k.error());

    auto sealed = seal_records(n, session->keys.pub.seal_pk);
    if (!sealed) return report_error("sealing", sealed.error());
    auto files = make_batches(*sealed, kiosk);
    if (!files) return report_error("building batches", files.error());
    sealed->clear();
    fs::create_directories(dir / "usb");
    for (size_t i = 0; i < files->size(); ++i) {
        auto w = bureau::write_file(dir / "usb" / ("batch-" + std::to_string(i + 1) + ".skbatch"),
                                    (*files)[i], false);
        if (!w) return report_error("writing a batch", w.error());
    }

    // The records as the bare loop sees them: parsed out of the files before any clock runs.
    std::vector<sync::Batch> parsed;
    std::vector<ByteView> envelopes;
    for (const auto& f : *files) {
        auto b = sync::parse_batch(f);
        if (!b) return report_error("parsing a batch", b.error());
        parsed.push_back(std::move(b).value());
    }
    for (const auto& b : parsed)
        for (const auto& r : b.records) envelopes.emplace_back(r.envelope);
    const crypto::SealKeyPair seal = crypto::bureau_seal_pair(session->keys);
    const unsigned threads = bureau::default_threads();
    auto bare_all = bare_loop(*files, envelopes, kiosk.pk, seal, threads);
    if (!bare_all) return report_error("bare loop, all cores", bare_all.error());
    auto bare_one = bare_loop(*files, envelopes, kiosk.pk, seal, 1);
    if (!bare_one) return report_error("bare loop, one core", bare_one.error());
    parsed.clear();

    bureau::ImportOptions io;
    io.now = kNow;
    // The session's importer, as `bureau import` runs it: each batch, its cases and its audit
    // row commit in one transaction.
    auto importer = bureau::Importer::create_for(*session, io);
    if (!importer) return report_error("importer", importer.error());
    Stopwatch watch;
    bureau::ImportSummary s = (*importer)->import_paths({dir / "usb"});
    const Span import_span = watch.elapsed();
    const double import_s = import_span.wall_s;
    if (s.records_new != n || s.rejected != 0) {
        std::fprintf(stderr, "bench import: %llu of %zu records new, %zu batches rejected\n",
                     static_cast<unsigned long long>(s.records_new), n, s.rejected);
        return false;
    }
    // A second run over the same stick: every batch is a duplicate (the exactly-once path).
    Stopwatch again_watch;
    bureau::ImportSummary again = (*importer)->import_paths({dir / "usb"});
    const Span again_span = again_watch.elapsed();
    if (again.duplicate != files->size()) {
        std::fprintf(stderr, "bench import: re-import was not all duplicates\n");
        return false;
    }

    const std::string label =
        "bureau import " + std::to_string(n) + " records (" + std::to_string(threads) + " threads)";
    print_row(label, double(n) / import_s, double(n) / bare_all->wall_s, "records/s",
              "bare libsodium loop, all cores (target ratio >= 0.75)", &import_span, &*bare_all);
    print_row("bare libsodium loop, 1 core vs all cores", double(n) / bare_one->wall_s,
              double(n) / bare_all->wall_s, "records/s", "the same loop on all cores", &*bare_one,
              &*bare_all);
    print_row("bureau re-import of the same batches", again_span.wall_s * 1e3, import_s * 1e3, "ms",
              "the first import", &again_span, &import_span);
    fs::remove_all(dir);
    return true;
}

}  // namespace sk::bench
