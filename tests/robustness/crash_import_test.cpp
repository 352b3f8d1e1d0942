// Crash loop over bureau import: a child unlocks the bureau and imports a chain of batches,
// reporting each seq once import_bytes said "imported"; the parent kills it after 1-3
// reports plus a random delay. After each kill: the store opens and is intact, every batch is there
// with all of its records or not at all, every reported batch is there, and re-importing the batch
// that was in flight completes.
#include <catch2/catch.hpp>

#include <optional>

#include "../bureau/bureau_fixture.hpp"
#include "../common/temp_dir.hpp"
#include "crash_harness.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/crypto/init.hpp"

using namespace sk;
using namespace sk::robustness;
using sk::bureau::test::SimKiosk;
using Micro = std::chrono::microseconds;
namespace fs = std::filesystem;

namespace {

constexpr Micro kMaxKillDelay{40000};
constexpr size_t kBatchesAhead = 24;  // batches the child may get through in one round
constexpr int kMaxRecordsPerBatch = 8;
constexpr const char* kPass = sk::bureau::test::kPass;
constexpr const char* kNow = sk::bureau::test::kNow;

survey::Answers teacher_answers() {
    survey::Answers a;
    a.set("role", survey::Answer::of_choice("teacher"));
    return a;
}

struct CorpusBatch {
    uint64_t seq = 0;
    Bytes file;
    std::vector<crypto::RecordId> ids;
};

// A bureau home with one registered kiosk, closed again; the chain grows on demand.
struct ImportWorld {
    sk::testing::TempDir tmp{(crash_work_dir() / "sk-crash-bureau").string()};
    fs::path home = tmp.path() / "home";
    std::optional<crypto::BureauSecretKeys> keys;
    SimKiosk kiosk;
    int64_t kiosk_row = 0;
    std::vector<CorpusBatch> corpus;
    std::mt19937_64 rng;

    explicit ImportWorld(uint64_t seed) : rng(seed) {
        REQUIRE(crypto::init());
        REQUIRE(bureau::keygen(home, kPass, crypto::pwhash_min()).ok());
        auto s = bureau::unlock(home, kPass);
        REQUIRE(s.ok());
        REQUIRE(bureau::register_survey(s->store, bureau::test::test_survey_json(), kNow).ok());
        kiosk.key = crypto::generate_sign_keypair();
        auto added = s->store.add_kiosk(kiosk.key.pk, "school A", kNow);
        REQUIRE(added.ok());
        kiosk_row = added->id;
        keys.emplace(std::move(s->keys));
    }

    void grow_to(size_t n) {
        std::uniform_int_distribution<int> count(1, kMaxRecordsPerBatch);
        while (corpus.size() < n) {
            CorpusBatch b;
            std::vector<Bytes> envelopes;
            for (int i = count(rng); i > 0; --i) {
                auto sealed =
                    (rng() & 1) ? bureau::test::make_tip(keys->pub.seal_pk)
                                : bureau::test::make_response(keys->pub.seal_pk, teacher_answers());
                b.ids.push_back(sealed.id);
                envelopes.push_back(std::move(sealed.envelope));
            }
            b.file = kiosk.next_batch(envelopes);
            b.seq = kiosk.seq;
            corpus.push_back(std::move(b));
        }
    }

    storage::BureauStore open_store() const {
        auto key = bureau::derive_store_key(*keys);
        auto s = bureau::store::open_bureau_store(bureau::HomePaths(home).db, key.view(), false);
        if (!s) FAIL("reopening the bureau store after the kill: " << s.error().message);
        // Each batch's audit row committed with it or not at all: the chain is whole and
        // holds keygen's row plus one per stored batch.
        auto audit = bureau::store::verify_audit(*s);
        REQUIRE(audit.ok());
        INFO(audit->problem);
        REQUIRE(audit->ok);
        auto batches = s->batches_of(kiosk_row);
        REQUIRE(batches.ok());
        REQUIRE(audit->rows == 1 + static_cast<int64_t>(batches->size()));
        return std::move(*s);
    }
};

// The child: the bureau CLI's own path (unlock with the passphrase, Importer on all cores).
int import_until_killed(const ImportWorld& w, size_t first, const Reporter& rep) {
    auto s = bureau::unlock(w.home, kPass);
    if (!s) return 2;
    bureau::ImportOptions opt;
    opt.now = kNow;
    auto im = bureau::Importer::create_for(*s, opt);
    if (!im) return 3;
    for (size_t i = first; i < w.corpus.size(); ++i) {
        const bureau::BatchOutcome o = (*im)->import_bytes(w.corpus[i].file, "crash loop");
        if (o.result != bureau::BatchResult::imported) {
            std::fprintf(stderr, "batch %zu: %s\n", i, o.reason.c_str());
            return 4;
        }
        rep.send(report_of_u64(w.corpus[i].seq));
    }
    return 0;
}

// How many of the batch's records the store holds.
size_t stored_records(storage::BureauStore& store, const CorpusBatch& b) {
    size_t n = 0;
    for (const auto& id : b.ids) {
        auto pt = store.record_plaintext(id);
        REQUIRE(pt.ok());
        n += pt->has_value() ? 1 : 0;
    }
    return n;
}

}  // namespace

TEST_CASE("crash loop: a kill during bureau import keeps each batch all or nothing",
          "[robustness][crash]") {
    const int rounds = crash_rounds();
    std::mt19937_64 rng(crash_seed("crash loop (import)"));
    ImportWorld w(rng());

    size_t imported = 0;          // corpus[0, imported) is stored
    uint64_t records_before = 0;  // records in corpus[0, imported)
    size_t reported_total = 0, waited_for = 0, rounds_mid_batch_free = 0;
    for (int round = 0; round < rounds; ++round) {
        w.grow_to(imported + kBatchesAhead);
        // Kill after 1, 2 or 3 imported batches (the child's reports), plus a random delay
        // that puts the kill somewhere in the next batch.
        const size_t after = 1 + static_cast<size_t>(round) % 3;
        waited_for += after;
        const Micro delay = random_delay(rng, kMaxKillDelay);
        INFO("round " << round << ", kill " << delay.count() << " us after report " << after);
        RoundResult res =
            run_and_kill([&](const Reporter& rep) { return import_until_killed(w, imported, rep); },
                         delay, after);
        INFO("child " << (res.killed ? "killed" : "exited " + std::to_string(res.exit_code)));
        REQUIRE((res.killed || res.exit_code == 0));
        reported_total += res.reports.size();

        storage::BureauStore store = w.open_store();
        auto integrity = store.check_integrity();
        INFO((integrity ? std::string("integrity ok") : integrity.error().message));
        REQUIRE(integrity.ok());
        // Every batch the child could reach is whole or absent, and the stored ones extend the
        // chain without holes. (Earlier batches were checked in earlier rounds; the totals
        // below show they are all still there.)
        size_t stored_batches = imported;
        uint64_t stored_record_total = records_before;
        for (size_t i = imported; i < w.corpus.size(); ++i) {
            const CorpusBatch& b = w.corpus[i];
            const size_t n = stored_records(store, b);
            auto row = store.batch_by_seq(w.kiosk_row, b.seq);
            REQUIRE(row.ok());
            INFO("batch seq " << b.seq << ": " << n << " of " << b.ids.size() << " records");
            REQUIRE((n == 0 || n == b.ids.size()));
            REQUIRE(row->has_value() == (n == b.ids.size()));
            if (n != 0) {
                REQUIRE(i == stored_batches);  // imported in chain order, no holes
                ++stored_batches;
                stored_record_total += n;
            }
        }
        for (const Report& r : res.reports) CHECK(u64_of_report(r) <= stored_batches);
        auto counts = store.table_counts();
        CHECK(counts["batches"] == static_cast<int64_t>(stored_batches));
        CHECK(counts["records"] == static_cast<int64_t>(stored_record_total));

        // Re-import of the batch that was in flight completes (or there was none left).
        imported = stored_batches;
        records_before = stored_record_total;
        if (imported < w.corpus.size()) {
            bureau::ImportOptions opt;
            opt.now = kNow;
            opt.threads = 1;    // no threads left behind in the parent across the next fork
            opt.user = "lead";  // audited like the child's imports
            auto im = bureau::Importer::create(store, *w.keys, opt);
            REQUIRE(im.ok());
            const auto o = (*im)->import_bytes(w.corpus[imported].file, "re-import");
            INFO(o.reason);
            REQUIRE(o.result == bureau::BatchResult::imported);
            CHECK(o.records_new == w.corpus[imported].ids.size());
            records_before += w.corpus[imported].ids.size();
            ++imported;
        } else {
            ++rounds_mid_batch_free;
        }
    }
    CHECK(reported_total >= waited_for);
    std::printf(
        "crash loop (import): %zu batches imported, %zu reported by children, %zu rounds "
        "ended with nothing left to import\n",
        imported, reported_total, rounds_mid_batch_free);
}
