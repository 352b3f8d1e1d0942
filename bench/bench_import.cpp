// Bureau import: Importer::import_paths (the code behind `bureau import`: verify, chain
// check, open, parse, de-duplicate, one transaction per batch) over N records, against the
// crypto limit: verifying the same batch signatures and opening the same sealed records on
// all cores with nothing else. The target is at least half of the limit.
#include <atomic>
#include <cstdio>
#include <filesystem>

#include "bench_data.hpp"
#include "bench_sections.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/bureau/parallel.hpp"
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

// The crypto limit: every signature verified and every record opened, on all cores.
Result<double> crypto_limit_seconds(const std::vector<Bytes>& files,
                                    const crypto::SignPublicKey& kiosk_pk,
                                    const crypto::SealKeyPair& seal, size_t expect) {
    const unsigned threads = bureau::default_threads();
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::optional<sync::Batch>> batches(files.size());
    bureau::parallel_for(files.size(), threads, [&](size_t i) {
        auto b = sync::verify_batch(files[i], kiosk_pk);
        if (b) batches[i] = std::move(b).value();
    });
    std::vector<ByteView> envelopes;
    for (const auto& b : batches) {
        if (!b) return Error{Errc::internal, "a batch did not verify"};
        for (const auto& r : b->records) envelopes.emplace_back(r.envelope);
    }
    std::atomic<size_t> opened{0};
    bureau::parallel_for(envelopes.size(), threads, [&](size_t i) {
        if (crypto::open_record(envelopes[i], seal)) ++opened;
    });
    const double s = seconds_since(t0);
    if (opened != expect) return Error{Errc::internal, "not every record opened"};
    return s;
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

    auto limit = crypto_limit_seconds(*files, kiosk.pk, crypto::bureau_seal_pair(session->keys), n);
    if (!limit) return report_error("crypto limit", limit.error());

    bureau::ImportOptions io;
    io.now = kNow;
    auto importer = bureau::Importer::create(session->store, session->keys, io);
    if (!importer) return report_error("importer", importer.error());
    auto t0 = std::chrono::steady_clock::now();
    bureau::ImportSummary s = (*importer)->import_paths({dir / "usb"});
    const double import_s = seconds_since(t0);
    if (s.records_new != n || s.rejected != 0) {
        std::fprintf(stderr, "bench import: %llu of %zu records new, %zu batches rejected\n",
                     static_cast<unsigned long long>(s.records_new), n, s.rejected);
        return false;
    }
    // A second run over the same stick: every batch is a duplicate (the exactly-once path).
    t0 = std::chrono::steady_clock::now();
    bureau::ImportSummary again = (*importer)->import_paths({dir / "usb"});
    const double again_s = seconds_since(t0);
    if (again.duplicate != files->size()) {
        std::fprintf(stderr, "bench import: re-import was not all duplicates\n");
        return false;
    }

    const std::string label = "bureau import " + std::to_string(n) + " records (" +
                              std::to_string(bureau::default_threads()) + " threads)";
    print_row(label, double(n) / import_s, double(n) / *limit, "records/s",
              "verify + open only, all cores (target ratio >= 0.50)");
    print_row("bureau re-import of the same batches", again_s * 1e3, import_s * 1e3, "ms",
              "the first import");
    fs::remove_all(dir);
    return true;
}

}  // namespace sk::bench
