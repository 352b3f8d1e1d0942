// Durable submit: seal + store + commit (+ the WAL checkpoint+truncate that keeps no order of
// submissions on disk) of one tip, against a bare SQLCipher durable commit of the same size
// (storage/baseline.hpp) on the same disk, and against the same commit plus the checkpoint,
// which separates the checkpoint's cost from the store's own.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "bench_sections.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/storage/baseline.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::bench {

bool bench_submit(const Options& opt) {
    namespace fs = std::filesystem;
    const size_t n = opt.quick ? 300 : 3000;
    fs::path dir = fs::path(opt.work_dir) / "submit";
    fs::remove_all(dir);
    fs::create_directories(dir);

    auto bureau = crypto::generate_bureau_keys();
    auto store = storage::KioskStore::open(dir / "kiosk.db");
    if (!store) {
        std::fprintf(stderr, "bench: %s\n", store.error().message.c_str());
        return false;
    }
    std::string text(900, 'x');
    std::vector<double> ours;
    size_t envelope_bytes = 0;
    for (size_t i = 0; i < n; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        storage::NewRecord r;
        r.id = crypto::new_record_id();
        r.kind = crypto::RecordKind::tip;
        r.day = 20261124;
        auto env = crypto::seal_tip(r.id, text, {bureau.pub.seal_pk});
        if (!env) return false;
        r.envelope = std::move(*env);
        envelope_bytes = r.envelope.size();
        auto ins = store->insert_record(r);
        if (!ins) {
            std::fprintf(stderr, "bench: %s\n", ins.error().message.c_str());
            return false;
        }
        ours.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    auto raw = storage::raw_durable_commits(dir / "raw.db", n, envelope_bytes);
    auto raw_ckpt = storage::raw_durable_commits(dir / "raw_ckpt.db", n, envelope_bytes, true);
    for (const auto* r : {&raw, &raw_ckpt}) {
        if (!*r) {
            std::fprintf(stderr, "bench: %s\n", r->error().message.c_str());
            return false;
        }
    }
    print_row("durable submit p50", percentile(ours, 50), percentile(*raw, 50), "us",
              "raw SQLCipher 1-row durable commit");
    print_row("durable submit p99", percentile(ours, 99), percentile(*raw, 99), "us",
              "raw SQLCipher 1-row durable commit");
    double ours_rate = 1e6 / percentile(ours, 50);
    double raw_rate = 1e6 / percentile(*raw, 50);
    print_row("durable submits per second (from p50)", ours_rate, raw_rate, "commits/s",
              "raw SQLCipher 1-row durable commit");
    print_row("durable submit p50 vs commit+checkpoint", percentile(ours, 50),
              percentile(*raw_ckpt, 50), "us", "raw commit + WAL checkpoint(TRUNCATE)");
    print_row("checkpoint(TRUNCATE) cost p50", percentile(*raw_ckpt, 50), percentile(*raw, 50),
              "us", "raw commit without checkpoint");
    fs::remove_all(dir);
    return true;
}

}  // namespace sk::bench
