// Crash loop over export: a child keeps submitting a few records and exporting to a "USB"
// directory, reporting each record and each export once they returned; the parent kills it
// after a given number of reports plus a random delay. After each kill the outbox must be
// consistent (every pending batch complete, signed and chained, its stored records exactly
// those in its file), no record lost or in two places, no torn batch on the stick, and the
// next export must work. The parent then acknowledges the outbox, as the bureau would, so
// the outbox stays small and every round exercises batch creation again.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <iterator>
#include <set>

#include "crash_harness.hpp"
#include "crash_kiosk.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/sync/batch.hpp"

using namespace sk;
using namespace sk::robustness;
using Micro = std::chrono::microseconds;
namespace fs = std::filesystem;

namespace {

constexpr Micro kMaxKillDelay{40000};
constexpr int kMaxRecordsPerExport = 6;
constexpr uint32_t kExportDay = 20260314;

// The child's report after each export returned (record ids are random: never all 0xff).
Report export_marker() {
    Report r;
    r.fill(0xff);
    return r;
}

int submit_and_export_until_killed(const CrashKiosk& k, const fs::path& usb, uint64_t seed,
                                   const Reporter& rep) {
    std::mt19937_64 rng(seed);
    auto store = k.open();
    auto keys = kiosk_sync::load_bureau_keys(store);
    if (!keys) return 2;
    const std::vector<crypto::SealPublicKey> recipients{keys->seal_pk};
    std::uniform_int_distribution<int> per_export(1, kMaxRecordsPerExport);
    for (;;) {
        for (int i = per_export(rng); i > 0; --i) {
            const crypto::RecordId id = submit_one(store, recipients, rng);
            Report r{};
            std::memcpy(r.data(), id.data(), id.size());
            rep.send(r);
        }
        kiosk_sync::BatchWriter w(store, kExportDay);
        if (!w.export_to(usb)) return 3;
        rep.send(export_marker());
    }
}

// Each pending batch: its file parses, verifies, hashes to the stored hash, extends the
// chain, and names exactly the records the store assigned to it.
void check_outbox(storage::KioskStore& store, const KioskContents& c, const CrashKiosk& k,
                  crypto::Hash prev) {
    auto pending = store.pending_batches();
    REQUIRE(pending.ok());
    // Each file as a re-export gives it: stored, or rebuilt from its frame and records.
    kiosk_sync::BatchWriter writer(store, kExportDay);
    auto files = writer.waiting_batches();
    REQUIRE(files.ok());
    REQUIRE(files->size() == pending->size());
    for (size_t i = 0; i < pending->size(); ++i) {
        const auto& b = (*pending)[i];
        INFO("outbox batch " << b.seq);
        REQUIRE((*files)[i].seq == b.seq);
        auto parsed = sync::verify_batch((*files)[i].file, k.kiosk.pk);
        REQUIRE(parsed.ok());
        CHECK(parsed->hash == b.hash);
        CHECK(parsed->header.seq == b.seq);
        CHECK(parsed->header.prev_hash == prev);
        CHECK(b.prev_hash == prev);
        prev = b.hash;
        std::set<crypto::RecordId> in_file;
        for (const auto& r : parsed->records) in_file.insert(r.id);
        CHECK(in_file == c.batched.at(b.seq));
        CHECK(b.record_count == in_file.size());
    }
    auto head = store.chain_head();
    REQUIRE(head.ok());
    CHECK(head->hash == prev);
}

// A batch file on the stick is whole or absent: the writer renames a synced temp file.
// Returns how many temp files a kill left behind (they are never named *.skbatch). Empties
// the stick: the parent acknowledges everything below, as the bureau would after import.
size_t check_stick(const fs::path& usb, const CrashKiosk& k) {
    size_t leftovers = 0;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(usb)) files.push_back(e.path());
    for (const auto& f : files) {
        if (f.extension() != ".skbatch") {
            ++leftovers;
        } else {
            std::ifstream in(f, std::ios::binary);
            const Bytes bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            INFO(f.filename().string());
            CHECK(sync::verify_batch(bytes, k.kiosk.pk).ok());
        }
        fs::remove(f);
    }
    return leftovers;
}

}  // namespace

TEST_CASE("crash loop: a kill during export leaves a consistent outbox", "[robustness][crash]") {
    CrashKiosk k;
    const fs::path usb = k.tmp.path() / "usb";
    const fs::path retry = k.tmp.path() / "retry";
    fs::create_directories(usb);
    fs::create_directories(retry);
    const int rounds = crash_rounds();
    std::mt19937_64 rng(crash_seed("crash loop (export)"));

    std::set<crypto::RecordId> reported, delivered;
    crypto::Hash acked_head{};  // hash of the last acknowledged batch
    size_t temp_leftovers = 0, rounds_with_batches = 0, exports_reported = 0;
    for (int round = 0; round < rounds; ++round) {
        const uint64_t child_seed = rng();
        // Kill after 1 to 14 reports (submits and exports that returned), plus a random delay.
        // From 7 on at least one export has returned, so a batch is pending at the kill.
        const size_t after = 1 + static_cast<size_t>(round) % (2 * kMaxRecordsPerExport + 2);
        const Micro delay = random_delay(rng, kMaxKillDelay);
        INFO("round " << round << ", kill " << delay.count() << " us after report " << after);
        RoundResult res = run_and_kill(
            [&](const Reporter& rep) {
                return submit_and_export_until_killed(k, usb, child_seed, rep);
            },
            delay, after);
        REQUIRE(res.killed);
        for (const Report& r : res.reports) {
            if (r == export_marker()) {
                ++exports_reported;
                continue;
            }
            crypto::RecordId id;
            std::memcpy(id.data(), r.data(), id.size());
            reported.insert(id);
        }

        storage::KioskStore store = k.open();
        auto integrity = store.check_integrity();
        INFO((integrity ? std::string("integrity ok") : integrity.error().message));
        REQUIRE(integrity.ok());
        KioskContents c = read_contents(store);
        // Nothing lost, nothing in two places: pending or in exactly one batch, or delivered.
        CHECK(c.size() == [&] {
            std::set<crypto::RecordId> all(c.unbatched);
            for (const auto& [seq, ids] : c.batched) all.insert(ids.begin(), ids.end());
            return all.size();
        }());
        size_t lost = 0;
        for (const auto& id : reported) lost += (c.holds(id) || delivered.count(id) != 0) ? 0 : 1;
        REQUIRE(lost == 0);
        check_outbox(store, c, k, acked_head);
        rounds_with_batches += c.batched.empty() ? 0 : 1;
        temp_leftovers += check_stick(usb, k);

        // The next export works and batches everything that was left.
        kiosk_sync::BatchWriter w(store, kExportDay);
        auto written = w.export_to(retry);
        REQUIRE(written.ok());
        c = read_contents(store);
        CHECK(c.unbatched.empty());
        check_outbox(store, c, k, acked_head);
        auto head = store.chain_head();
        REQUIRE(head.ok());
        acked_head = head->hash;
        const auto now_delivered = ack_all(store);
        delivered.insert(now_delivered.begin(), now_delivered.end());
        fs::remove_all(retry);
        fs::create_directories(retry);
    }
    CHECK(reported.size() + exports_reported >= static_cast<size_t>(rounds));
    CHECK(exports_reported > 0);
    CHECK(rounds_with_batches > 0);  // some kills landed after a batch was made
    std::printf(
        "crash loop (export): %zu records reported, %zu rounds left batches pending, "
        "%zu temp files left on the stick by kills\n",
        reported.size(), rounds_with_batches, temp_leftovers);
}
