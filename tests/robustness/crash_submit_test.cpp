// Crash loop over the kiosk's submit: a child seals and stores records as fast as it can and
// reports each id only after insert_record returned; the parent kills it at a random moment,
// reopens the database and checks it is intact and holds every reported record.
#include <catch2/catch.hpp>

#include <cstring>
#include <set>

#include "crash_harness.hpp"
#include "crash_kiosk.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"

using namespace sk;
using namespace sk::robustness;
using Micro = std::chrono::microseconds;

namespace {

// Covers the store open (a few ms) and a few dozen submits (about 1 ms each, one fsync pair).
constexpr Micro kMaxKillDelay{40000};
// Above this many held records the parent delivers them (batch + ack, which deletes), so
// each round's checks cost the same however many rounds ran.
constexpr size_t kMaxHeldRecords = 300;

int submit_until_killed(const CrashKiosk& k, uint64_t seed, const Reporter& rep) {
    std::mt19937_64 rng(seed);
    auto store = k.open();
    auto keys = kiosk_sync::load_bureau_keys(store);
    if (!keys) return 2;
    const std::vector<crypto::SealPublicKey> recipients{keys->seal_pk};
    for (;;) {
        const crypto::RecordId id = submit_one(store, recipients, rng);
        Report r{};
        std::memcpy(r.data(), id.data(), id.size());
        rep.send(r);
    }
}

crypto::RecordId id_of(const Report& r) {
    crypto::RecordId id;
    std::memcpy(id.data(), r.data(), id.size());
    return id;
}

}  // namespace

TEST_CASE("crash loop: every submit that returned survives a SIGKILL", "[robustness][crash]") {
    CrashKiosk k;
    const int rounds = crash_rounds();
    std::mt19937_64 rng(crash_seed("crash loop (submit)"));
    const crypto::SealKeyPair bureau_seal = crypto::bureau_seal_pair(k.bureau);

    std::set<crypto::RecordId> reported, delivered;
    size_t unreported_but_stored = 0;  // killed between commit and report: allowed
    size_t waited_for = 0;
    for (int round = 0; round < rounds; ++round) {
        const uint64_t child_seed = rng();
        // Kill after 1, 2 or 3 submits returned (the child's reports), plus a random delay
        // that puts the kill somewhere in the next ones.
        const size_t after = 1 + static_cast<size_t>(round) % 3;
        waited_for += after;
        const Micro delay = random_delay(rng, kMaxKillDelay);
        INFO("round " << round << ", kill " << delay.count() << " us after report " << after);
        RoundResult res = run_and_kill(
            [&](const Reporter& rep) { return submit_until_killed(k, child_seed, rep); }, delay,
            after);
        REQUIRE(res.killed);  // the child only stops when killed (else: it failed, see stderr)
        std::set<crypto::RecordId> fresh;
        for (const Report& r : res.reports) fresh.insert(id_of(r));
        reported.insert(fresh.begin(), fresh.end());

        storage::KioskStore store = k.open();
        auto integrity = store.check_integrity();
        INFO((integrity ? std::string("integrity ok") : integrity.error().message));
        REQUIRE(integrity.ok());
        const KioskContents c = read_contents(store);
        size_t lost = 0;
        for (const auto& id : reported) lost += (c.holds(id) || delivered.count(id) != 0) ? 0 : 1;
        REQUIRE(lost == 0);
        // The lifetime counters share the insert's transaction: never ahead, never behind.
        auto counts = store.counts();
        REQUIRE(counts.ok());
        CHECK(counts->submitted_tips_total + counts->submitted_responses_total ==
              c.size() + delivered.size());
        CHECK(counts->tips + counts->survey_responses == c.size());
        unreported_but_stored = c.size() + delivered.size() - reported.size();
        // This round's records decrypt: real envelopes, not just ids.
        auto rows = store.unbatched_records();
        REQUIRE(rows.ok());
        for (const auto& row : *rows) {
            if (fresh.count(row.id) == 0) continue;
            CHECK(crypto::open_record(row.envelope, bureau_seal).ok());
        }
        if (c.size() > kMaxHeldRecords) {
            const auto now_delivered = deliver_all(store);
            delivered.insert(now_delivered.begin(), now_delivered.end());
        }
    }
    // The kills must have landed mid-work, not only before the first submit.
    CHECK(reported.size() >= waited_for);
    std::printf("crash loop (submit): %zu records reported, %zu more stored but unreported\n",
                reported.size(), unreported_but_stored);
}
