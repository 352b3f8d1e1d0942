// Export: BatchWriter::export_to (the code behind `kioskctl export` and the admin screen's
// USB export) over N pending records, against the raw cost of what it cannot avoid: reading
// the records out of SQLCipher, one Ed25519 signature over each batch's bytes, and writing
// those bytes durably.
#include <cstdio>
#include <filesystem>
#include <unistd.h>

#include "bench_data.hpp"
#include "bench_sections.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/storage/baseline.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::bench {

namespace {

namespace fs = std::filesystem;
constexpr uint32_t kDay = 20260314;

bool report_error(const char* what, const Error& e) {
    std::fprintf(stderr, "bench export: %s: %s\n", what, e.message.c_str());
    return false;
}

// Where to fill the kiosk store: one durable commit per record costs milliseconds on a
// real disk, and only the export is measured, so the records go in on tmpfs when there is
// one and the finished database is copied to the work directory.
fs::path fill_dir(const fs::path& fallback) {
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec))
        return fs::path("/dev/shm") / ("sk-bench-fill-" + std::to_string(::getpid()));
    return fallback;
}

// A provisioned kiosk data directory `dir` holding n sealed, unbatched records, each put
// in through the kiosk's own submit path (one insert_record transaction per record).
Result<storage::KioskStore> kiosk_with_pending(const fs::path& dir, size_t n,
                                               crypto::SignKeyPair& identity) {
    fs::remove_all(dir);
    const fs::path fill = fill_dir(dir);
    {
        auto store = kiosk_sync::create_kiosk_store(fill);
        if (!store) return store.error();
        identity = crypto::generate_sign_keypair();
        SK_TRY(store->set_identity(identity.sk));
        auto bureau = crypto::generate_bureau_keys();
        auto sealed = seal_records(n, bureau.pub.seal_pk);
        if (!sealed) return sealed.error();
        for (auto& s : *sealed) {
            storage::NewRecord r;
            r.id = s.id;
            r.kind = s.kind;
            if (s.kind == crypto::RecordKind::survey_response) r.survey_id = kBenchSurveyId;
            r.day = kDay;
            r.envelope = std::move(s.envelope);
            SK_TRY(store->insert_record(r));
        }
        SK_TRY(store->checkpoint());
    }
    if (fill != dir) {
        std::error_code ec;
        fs::create_directories(dir.parent_path(), ec);
        fs::copy(fill, dir, fs::copy_options::recursive, ec);  // keeps the key file's 0600
        fs::remove_all(fill);
        if (ec) return Error{Errc::io_error, "copying the filled kiosk: " + ec.message()};
    }
    return kiosk_sync::open_kiosk_store(dir);
}

bool bench_export_n(const Options& opt, size_t n) {
    const fs::path dir = fs::path(opt.work_dir) / "export";
    crypto::SignKeyPair identity;
    auto store = kiosk_with_pending(dir / "kiosk", n, identity);
    if (!store) return report_error("preparing the kiosk", store.error());
    fs::create_directories(dir / "usb");

    Stopwatch watch;  // single-threaded: wall vs user + sys shows the I/O waits
    kiosk_sync::BatchWriter writer(*store, kDay);
    auto written = writer.export_to(dir / "usb");
    const Span export_span = watch.elapsed();
    if (!written) return report_error("export", written.error());
    uint64_t records = 0;
    std::vector<Bytes> files;
    for (const auto& w : *written) {
        records += w.records;
        auto bytes = bureau::read_file(w.path);
        if (!bytes) return report_error("reading a batch back", bytes.error());
        files.push_back(std::move(bytes).value());
    }
    if (records != n) {
        std::fprintf(stderr, "bench export: exported %llu of %zu records\n",
                     static_cast<unsigned long long>(records), n);
        return false;
    }

    // The baseline (issue 17), three bare parts: (1) read the same rows out of SQLCipher with
    // bare sqlite3 calls, (2) one Ed25519 signature over each batch's bytes, (3) write those
    // bytes durably (temp file, write, fsync, rename).
    Stopwatch read_watch;
    auto rows = storage::raw_read_envelopes(kiosk_sync::kiosk_db_path(dir / "kiosk"));
    const Span read_span = read_watch.elapsed();
    if (!rows) return report_error("bare read", rows.error());
    if (rows->size() != n) {
        std::fprintf(stderr, "bench export: the bare read found %zu of %zu rows\n", rows->size(),
                     n);
        return false;
    }
    Stopwatch sign_watch;
    for (const Bytes& f : files) (void)crypto::sign(crypto::SignContext::batch, f, identity);
    const Span sign_span = sign_watch.elapsed();
    fs::create_directories(dir / "raw");
    Stopwatch write_watch;
    for (size_t i = 0; i < files.size(); ++i) {
        auto w = bureau::write_file(dir / "raw" / ("b" + std::to_string(i)), files[i], false);
        if (!w) return report_error("raw write", w.error());
    }
    const Span write_span = write_watch.elapsed();
    Span bare;
    for (const Span* s : {&read_span, &sign_span, &write_span}) {
        bare.wall_s += s->wall_s;
        bare.user_s += s->user_s;
        bare.sys_s += s->sys_s;
    }
    // Before the ack every export writes the stored batches again, unchanged.
    fs::create_directories(dir / "usb-again");
    Stopwatch again_watch;
    auto again = writer.export_to(dir / "usb-again");
    const Span again_span = again_watch.elapsed();
    if (!again) return report_error("re-export", again.error());

    const double export_s = export_span.wall_s;
    const std::string label = "export " + std::to_string(n) + " records (" +
                              std::to_string(files.size()) + " batch files)";
    print_row("export rate, " + std::to_string(n) + " records", double(n) / export_s,
              double(n) / bare.wall_s, "records/s",
              "bare read + sign + durable write (target ratio >= 0.5)", &export_span, &bare);
    print_row(label, export_s * 1e3, read_span.wall_s * 1e3, "ms",
              "bare sqlite3 read of the same rows", &export_span, &read_span);
    print_row(label, export_s * 1e3, sign_span.wall_s * 1e3, "ms",
              "Ed25519 sign of the batch bytes", &export_span, &sign_span);
    print_row(label, export_s * 1e3, write_span.wall_s * 1e3, "ms",
              "durable write of the batch bytes", &export_span, &write_span);
    print_row("re-export before the ack, " + std::to_string(n), again_span.wall_s * 1e3,
              export_s * 1e3, "ms", "the first export", &again_span, &export_span);
    fs::remove_all(dir);
    return true;
}

}  // namespace

bool bench_export(const Options& opt) {
    bool ok = true;
    for (size_t n :
         opt.quick ? std::vector<size_t>{1000, 5000} : std::vector<size_t>{10000, 100000})
        ok = bench_export_n(opt, n) && ok;
    return ok;
}

}  // namespace sk::bench
